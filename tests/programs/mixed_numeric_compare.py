# Comparisons between ints and floats (exact, including big ints).


def main():
    print(1 == 1.0, 1 < 1.5, 2 > 1.999, -1 <= -1.0, 3 != 3.0)
    print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 == float(2 ** 53))
    print(10 ** 30 < 1e31, 10 ** 30 > 1e29, 10 ** 400 > 1e308)
    print(0 == -0.0, True == 1, False == 0.0, True == 1.0)
    print(1 + True, True + True, 3 * False, True / 2)


if __name__ == "__main__":
    main()
