# abs() on ints, big ints, floats and bools.


def main():
    print(abs(5), abs(-5), abs(0), abs(-(2 ** 100)), abs(-9223372036854775808))
    print(abs(-2.5), abs(2.5), abs(-0.0), abs(-1e308 * 10), abs(True), abs(False))
    x = -17
    print(abs(x) % 5, abs(x // 5), abs(x) // 5)
    total = 0
    for i in range(-5, 6):
        total += abs(i)
    print(total)


if __name__ == "__main__":
    main()
