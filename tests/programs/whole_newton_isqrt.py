# Integer square and cube roots of big integers by Newton's method.


def isqrt(n):
    if n < 0:
        return -1
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def icbrt(n):
    if n < 2:
        return n
    x = 1 << ((len(str(n)) * 10 // 9) + 1)
    while True:
        y = (2 * x + n // (x * x)) // 3
        if y >= x:
            break
        x = y
    while x * x * x > n:
        x -= 1
    while (x + 1) * (x + 1) * (x + 1) <= n:
        x += 1
    return x


def check_sqrt(n):
    r = isqrt(n)
    ok = r * r <= n < (r + 1) * (r + 1)
    return ok


def digits_of_sqrt2(count):
    scaled = isqrt(2 * 10 ** (2 * count))
    whole = scaled // 10 ** count
    frac = scaled % 10 ** count
    return f"{whole}.{frac:0{count}d}"


def main():
    print("isqrt of small numbers:")
    line = ""
    for n in range(0, 30):
        line = line + str(isqrt(n)) + " "
    print(line)
    bad = 0
    for n in range(0, 5000):
        if not check_sqrt(n):
            bad += 1
    print("mismatches below 5000:", bad)
    for e in range(10, 101, 30):
        n = 7 ** e + 12345
        r = isqrt(n)
        print(f"isqrt(7**{e}+12345) has {len(str(r))} digits, ok={check_sqrt(n)}")
    print("sqrt(2) to 60 places =", digits_of_sqrt2(60))
    f = 1
    for i in range(1, 41):
        f *= i
    print("isqrt(40!) =", isqrt(f))
    print("icbrt(40!) =", icbrt(f))
    print("icbrt(10**45) =", icbrt(10 ** 45), "icbrt(10**45 - 1) =", icbrt(10 ** 45 - 1))
    perfect = 0
    for n in range(1, 2000):
        r = isqrt(n)
        if r * r == n:
            perfect += 1
    print("perfect squares below 2000:", perfect)
    big = 2 ** 256
    root = isqrt(big)
    print("isqrt(2**256) == 2**128:", root == 2 ** 128, root)
    print("isqrt as float:", float(isqrt(10 ** 40 + 1)), isqrt(10 ** 40 + 1) ** 2 == 10 ** 40)


if __name__ == "__main__":
    main()
