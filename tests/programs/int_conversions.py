# int() from float, str and bool.


def main():
    print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(-0.0), int(1e20), int(2.5e15))
    print(int("42"), int("-17"), int("  8  "), int("+5"), int("0"), int("007"))
    print(int("123456789012345678901234567890"), int("1_000"))
    print(int(True), int(False), int(7))
    print(int(1e300) // 10 ** 290)
    print(int(123.999999), int(-123.999999))
    x = 9.99
    print(int(x * 100), int(x) * 100)


if __name__ == "__main__":
    main()
