# Recursive functions.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


def power(base, exp):
    if exp == 0:
        return 1
    half = power(base, exp // 2)
    if exp % 2 == 0:
        return half * half
    return half * half * base


def digits_sum(n):
    if n < 10:
        return n
    return n % 10 + digits_sum(n // 10)


def hanoi(n, src, dst, via):
    if n == 0:
        return 0
    moves = hanoi(n - 1, src, via, dst)
    if n >= 4:
        print("move disk", n, "from", src, "to", dst)
    return moves + 1 + hanoi(n - 1, via, dst, src)


def main():
    for i in range(0, 21, 5):
        print("fib", i, fib(i))
    print("fact", fact(20), fact(40))
    print("ack", ackermann(2, 3), ackermann(3, 3))
    print("gcd", gcd(1071, 462), gcd(2 ** 80, 6 ** 40))
    print("power", power(3, 100), power(2.5, 7))
    print("digits", digits_sum(2 ** 200))
    print("hanoi", hanoi(5, "A", "C", "B"))
    print("deep", fact(500) % 1000003)


if __name__ == "__main__":
    main()
