# Augmented assignment operators on ints, floats and strings.


def main():
    a = 10
    a += 5
    print(a)
    a -= 20
    print(a)
    a *= -3
    print(a)
    a //= 4
    print(a)
    a %= 7
    print(a)
    a **= 40
    print(a)
    a //= -1000
    print(a)
    b = 0b1100
    b &= 0b1010
    print(b)
    b |= 0b0101
    print(b)
    b ^= 0b1111
    print(b)
    b <<= 70
    print(b)
    b >>= 69
    print(b)
    c = 7
    c /= 2
    print(c)
    c += 1
    print(c)
    c **= 2
    print(c)
    c //= 4
    print(c)
    c %= 2.5
    print(c)
    s = "ab"
    s += "cd"
    s *= 2
    print(s)
    n = -7
    n %= 3
    print(n)
    m = -7
    m //= 2
    print(m)


if __name__ == "__main__":
    main()
