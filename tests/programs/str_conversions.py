# str() of every scalar type.


def main():
    print(str(42), str(-7), str(2 ** 70), str(0))
    print(str(1.5), str(-0.0), str(1e16), str(1 / 3), str(1e308 * 10))
    print(str(True), str(False), str(None))
    print(str("already"), str(""), len(str(12345)))
    print("n=" + str(10) + ", x=" + str(2.5) + ", b=" + str(True) + ", none=" + str(None))
    print(str(str(3)) + str(4), str(3 + 4))


if __name__ == "__main__":
    main()
