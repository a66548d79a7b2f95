# Chained comparisons, including evaluation-once of middle operands.


def noisy(label, value):
    print("eval", label)
    return value


def main():
    for x in range(0, 6):
        print(x, 1 < x <= 3, 0 <= x < 5 != x, x == x == x, 5 > x > 2 > 1)
    print(1 < 2 < 3 < 4 < 5, 1 < 2 > 3 < 4, 1 == 1.0 == True)
    print(noisy("a", 1) < noisy("b", 2) < noisy("c", 3))
    print(noisy("a", 3) < noisy("b", 2) < noisy("c", 1))
    print("a" < "b" <= "b" < "c")
    y = 2.5
    if 2 < y < 3:
        print("y in (2, 3)")
    if not (0 < y < 1):
        print("y not in (0, 1)")


if __name__ == "__main__":
    main()
