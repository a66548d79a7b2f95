# Prime counting by trial division and by a sieve (after Codon's primes benchmark).
def is_prime(n):
    if n < 2:
        return False
    factors = 0
    for i in range(2, n):
        if n % i == 0:
            factors += 1
            break
    return factors == 0


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            for j in range(i * i, limit + 1, i):
                flags[j] = False
        i += 1
    return [k for k, f in enumerate(flags) if f]


def main():
    limit = 3000
    count = sum(1 for n in range(limit) if is_prime(n))
    print("trial:", count)
    ps = sieve(limit)
    print("sieve:", len(ps), ps[-5:])
    gaps = {}
    for a, b in zip(ps, ps[1:]):
        gaps[b - a] = gaps.get(b - a, 0) + 1
    print(sorted(gaps.items())[:6])


if __name__ == "__main__":
    main()
