# Pi digits with a spigot over big ints, in the style of the Benchmarks Game program.
def pi_digits(count):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < count:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out


def main():
    digits = pi_digits(300)
    for i in range(0, len(digits), 10):
        print("".join(str(d) for d in digits[i:i + 10]) + "\t:%d" % (i + 10))
    print(sum(digits), digits.count(9))


if __name__ == "__main__":
    main()
