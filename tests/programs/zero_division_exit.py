# An uncaught ZeroDivisionError: stdout before the crash, then exit status 1.


def ratio(a, b):
    return a // b


def main():
    print("before the crash")
    for d in range(3, -1, -1):
        print(10, "//", d, "=", ratio(10, d))
    print("never printed")


if __name__ == "__main__":
    main()
