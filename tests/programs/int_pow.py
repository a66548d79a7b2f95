# Exponentiation with int operands, negative bases and negative exponents.


def main():
    print(2 ** 10, 2 ** 0, 0 ** 0, 0 ** 5, 1 ** 1000)
    print((-2) ** 3, (-2) ** 4, -2 ** 2, -(2 ** 2))
    print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -1, 4 ** -0)
    print(2 ** 3 ** 2, (2 ** 3) ** 2)
    print(7 ** 23, (-7) ** 23)
    print(2 ** 0.5, 4 ** 0.5, 2.0 ** 3, (-2.0) ** 2, 9 ** 0.5)
    print(10 ** 18, 10 ** 19, 10 ** 20)
    base = 3
    e = 1
    while e < 50:
        print(e, base ** e)
        e = e * 2 + 1


if __name__ == "__main__":
    main()
