# Float division by zero raises too (no inf): exit status 1.


def main():
    x = 1.5
    print("x =", x)
    y = x - 1.5
    print("y =", y)
    print("x / y =", x / y)
    print("never printed")


if __name__ == "__main__":
    main()
