# hello: a tour of the AIthon language slice. Build and run with
#   npx nx build hello && ./dist/examples/hello/hello
# It prints exactly what `python3 main.py` prints.

NAME = "AIthon"
VERSION = 1
PI = 3.14159265358979
POPULATION = 8123456789


def greet(who, punctuation="!"):
    return "Hello, " + who + punctuation


def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def gcd(a, b):
    while b != 0:
        r = a % b
        a = b
        b = r
    return a


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d = d + 1
    return True


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps = steps + 1
    return steps


def main():
    print(greet(NAME))
    print(greet("world", "?"))
    print(f"{NAME} v{VERSION}: pi is about {PI:.2f}, or {PI:.5f} to be precise")
    print(f"population: {POPULATION:,}")

    print("n", "n!", sep=" | ")
    for n in range(1, 11):
        print(f"{n:>2} | {factorial(n):>9,}")

    primes = 0
    last = 0
    for n in range(100):
        if not is_prime(n):
            continue
        primes = primes + 1
        last = n
    print(f"{primes} primes below 100, the last is {last}")

    total = 0
    for n in range(1, 1000):
        if n % 3 == 0 or n % 5 == 0:
            total = total + n
    print(f"sum of multiples of 3 or 5 below 1000: {total}")

    longest = 0
    start = 0
    n = 1
    while True:
        if n >= 30:
            break
        steps = collatz_steps(n)
        if steps > longest and not (steps == 0):
            longest = steps
            start = n
        n = n + 1
    print(f"longest Collatz chain below 30 starts at {start} ({longest} steps)")

    print("gcd(1071, 462) =", gcd(1071, 462))
    print("2 ** 10 =", 2 ** 10, end="; ")
    print("7 // 2 =", 7 // 2, end="; ")
    print("-7 // 2 =", -7 // 2, end="; ")
    print("-7 % 3 =", -7 % 3)
    print(f"7 / 2 = {7 / 2:.1f}, 1 / 3 = {1 / 3:.4f}, 2 ** 0.5 = {2 ** 0.5:.6f}")
    word = "right"
    print(f"[{word:>8}] [{-3.5:.2f}] [{1234567.891:,.2f}]")
    print(3 > 2 and 2 > 1, 1 == 2 or False, not True, None)


if __name__ == "__main__":
    main()
