# Integer arithmetic with Python's sign rules for // and %.


def show(a, b):
    print(a, b, a + b, a - b, a * b, a // b, a % b, a / b)


def main():
    show(7, 2)
    show(-7, 2)
    show(7, -2)
    show(-7, -2)
    show(0, 5)
    show(0, -5)
    show(1, 1)
    show(-1, 3)
    show(13, 13)
    show(-13, 13)
    print(-7 // 2, -7 % 2, 7 % -2, 7 // -2, -7 % -2)
    print(-1 // 10, -1 % 10, 1 // -10, 1 % -10)
    print(-100 // 7 * 7 + -100 % 7)
    print(2 - 3 - 4, 2 * 3 + 4, 2 + 3 * 4, (2 + 3) * 4, 20 // 3 // 2)
    print(-5 + -3, - -5, +-5, -+5, +5)
    print(17 % 5 * 3, 17 * 3 % 5, 100 - -1)
    x = 12345
    print(x // 100, x % 100, -x // 100, -x % 100)


if __name__ == "__main__":
    main()
