# Arbitrary precision integers.


def factorial(n):
    result = 1
    i = 2
    while i <= n:
        result = result * i
        i += 1
    return result


def main():
    print(2 ** 100)
    print(2 ** 64, 2 ** 64 - 1, -(2 ** 63), 2 ** 63)
    print(factorial(30))
    print(factorial(50))
    print(3 ** 200)
    big = 10 ** 30
    print(big + 1, big - 1, big * big)
    print(big // 7, big % 7, -big // 7, -big % 7, big // -7, big % -7)
    print((big + 12345) // (10 ** 15), (big + 12345) % (10 ** 15))
    print(big / 3)
    print(2 ** 1000 / 2 ** 999)
    print(factorial(25) // factorial(23))
    print(factorial(30) == factorial(30), factorial(30) < factorial(31), big > 2 ** 64)
    print(-big < -(2 ** 64), big == 10 ** 30, big != big + 1)
    n = 123456789012345678901234567890
    print(n * n)
    print(n - n, n - n == 0)
    print(-n, abs(-n))
    print(n // 1000000007, n % 1000000007)
    print(float(2 ** 100), float(-(2 ** 70)))
    print(str(2 ** 80), len(str(factorial(100))))
    print(2 ** 64 == 18446744073709551616)
    print(1 - 2 ** 65 + 2 ** 65)


if __name__ == "__main__":
    main()
