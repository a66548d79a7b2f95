# float() from int, str, bool and float.


def main():
    print(float(1), float(-7), float(0), float(10 ** 20), float(2 ** 53 + 1))
    print(float("3.25"), float("  -1.5  "), float("1e3"), float("1E-3"), float(".5"), float("5."))
    print(float("100"), float("+2.5"), float("1_000.5"), float("0.1"))
    print(float(True), float(False), float(2.5))
    print(float(123456789), float(-123456789012345678))
    print(str(float(7)), int(float("8.75")))


if __name__ == "__main__":
    main()
