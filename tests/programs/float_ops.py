# Float arithmetic, mixed with ints, floor division and modulo sign rules.


def main():
    print(7.5 + 2, 7.5 - 2, 7.5 * 2, 7.5 / 2, 7.5 // 2, 7.5 % 2)
    print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2, -7.5 // -2, -7.5 % -2)
    print(7 / 2, -7 / 2, 1 / 1, 0 / 5, 6 / 3)
    print(5.0 // 0.3, 5.0 % 0.3, -5.0 % 0.3, 1.0 % 1.0, -1.0 % 1.0, -0.0 % 5)
    print(3 * 1.5, 1 + 0.5, 10 - 0.25, 2 ** 0.5 * 2 ** 0.5)
    print(-2.5, +2.5, - -2.5, -(0.0))
    print(1e308 + 1e308, 1e-320 / 1e10, 0.1 * 0.1)
    print(1.5 == 1.5, 1.5 != 1.5, 1 == 1.0, 2 < 2.5, 3.0 >= 3, 0.1 + 0.2 == 0.3)
    print(abs(-3.25), abs(2.0), abs(-0.0))
    total = 0.0
    for i in range(1, 101):
        total += 1.0 / i
    print(total)
    x = 1.0
    for i in range(60):
        x = x / 2
    print(x, x * 2 ** 60)
    print(100 * 1.1, 0.7 + 0.1, 4.35 * 100)


if __name__ == "__main__":
    main()
