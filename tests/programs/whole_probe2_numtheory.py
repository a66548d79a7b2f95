"""Number theory toolkit: sieve, Miller-Rabin, Pollard rho, totient, CRT, continued fractions, digits of e."""
import math
from functools import reduce


def sieve(n):
    is_p = bytearray_free = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, v in enumerate(is_p) if v]


def is_probable_prime(n):
    if n < 2:
        return False
    small = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)
    for p in small:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in small:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def pollard_rho(n):
    if n % 2 == 0:
        return 2
    for c in range(1, 50):
        x = y = 2
        d = 1
        while d == 1:
            x = (x * x + c) % n
            y = (y * y + c) % n
            y = (y * y + c) % n
            d = math.gcd(abs(x - y), n)
        if d != n:
            return d
    raise ValueError(f"no factor found for {n}")


def factorize(n):
    if n == 1:
        return []
    if is_probable_prime(n):
        return [n]
    d = pollard_rho(n)
    return sorted(factorize(d) + factorize(n // d))


def totient(n):
    result = n
    for p in set(factorize(n)):
        result -= result // p
    return result


def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


def crt(residues, moduli):
    total = 0
    prod = reduce(lambda a, b: a * b, moduli)
    for r, m in zip(residues, moduli):
        p = prod // m
        g, inv, _ = egcd(p, m)
        total += r * inv * p
    return total % prod


def continued_fraction(num, den):
    terms = []
    while den:
        q, r = divmod(num, den)
        terms.append(q)
        num, den = den, r
    return terms


def convergents(terms):
    h0, h1 = 0, 1
    k0, k1 = 1, 0
    out = []
    for a in terms:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        out.append((h1, k1))
    return out


def digits_of_e(n):
    # spigot: e = sum 1/k!
    scale = 10 ** (n + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    s = str(total // 10 ** 10)
    return s[0] + "." + s[1:n + 1]


def main():
    primes = sieve(10000)
    print(len(primes), primes[:10], primes[-3:], sum(primes))
    gaps = {}
    for a, b in zip(primes, primes[1:]):
        gaps[b - a] = gaps.get(b - a, 0) + 1
    print(sorted(gaps.items())[:8])
    big = [2 ** 61 - 1, 2 ** 67 - 1, 10 ** 18 + 9, 999999000001, 600851475143]
    for n in big:
        print(n, is_probable_prime(n), factorize(n))
    print([totient(n) for n in (1, 9, 10, 36, 97, 100, 1001)])
    print(crt([2, 3, 2], [3, 5, 7]), crt([1, 4, 6], [3, 5, 7]))
    cf = continued_fraction(415, 93)
    print(cf, convergents(cf))
    pi_approx = convergents([3, 7, 15, 1, 292, 1, 1, 1, 2])
    for h, k in pi_approx[:5]:
        print(f"{h}/{k} = {h / k:.10f} err {abs(h / k - math.pi):.2e}")
    print(digits_of_e(120))
    print(math.comb(60, 30), math.perm(10, 4), math.factorial(25), math.isqrt(10 ** 30 + 12345))
    print(sum(int(d) for d in str(2 ** 1000)), len(str(math.factorial(500))))


if __name__ == "__main__":
    main()
