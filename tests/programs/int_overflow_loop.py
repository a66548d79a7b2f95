# Values that cross the 64-bit boundary inside ordinary loops.


def main():
    x = 1
    for i in range(100):
        x = x * 3
    print(x)

    total = 0
    for i in range(1, 80):
        total += 2 ** i
    print(total)

    a = 0
    b = 1
    for i in range(150):
        c = a + b
        a = b
        b = c
    print(a)

    m = 9223372036854775807
    m += 1
    print(m)
    n = -9223372036854775808
    n -= 1
    print(n)
    k = -9223372036854775808
    print(k // -1, k % -1, -k, abs(k), k * -1)
    print(4611686018427387904 * 2, 4611686018427387904 + 4611686018427387904)
    print(3037000500 * 3037000500)

    acc = 1
    steps = 0
    while acc < 10 ** 40:
        acc = acc * 7 + 1
        steps += 1
    print(steps, acc)

    shrink = acc
    while shrink > 1000:
        shrink = shrink // 13
    print(shrink)

    h = 0
    for i in range(1000):
        h = (h * 31 + i) % 18446744073709551616
    print(h)
    h2 = 0
    for i in range(1000):
        h2 = h2 * 31 + i
    print(h2 % 1000000007, len(str(h2)))


if __name__ == "__main__":
    main()
