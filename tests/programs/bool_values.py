# bool() truthiness and bools as values.


def main():
    print(bool(0), bool(1), bool(-1), bool(2 ** 100), bool(0.0), bool(-0.0), bool(0.1))
    print(bool(""), bool(" "), bool("0"), bool("False"), bool(None), bool(True), bool(False))
    print(bool(), True, False, True == 1, False == 0, True == True)
    t = True
    f = False
    print(t and f, t or f, t & f, t | f, t ^ f, t ^ t)
    print(True + True + True, True * 10, -True, False - True, True / 4)
    print(str(True), str(False), f"{t}", f"{f!r}")
    count = 0
    for i in range(10):
        count += i % 3 == 0
    print(count)


if __name__ == "__main__":
    main()
