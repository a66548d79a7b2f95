# Prime numbers by trial division: counts, gaps, twins and a formatted listing.

UPPER = 20000
PER_LINE = 10


def is_prime(n):
    if n < 2:
        return False
    if n < 4:
        return True
    if n % 2 == 0 or n % 3 == 0:
        return False
    d = 5
    while d * d <= n:
        if n % d == 0 or n % (d + 2) == 0:
            return False
        d += 6
    return True


def next_prime(n):
    candidate = n + 1
    while not is_prime(candidate):
        candidate += 1
    return candidate


def print_first(count):
    shown = 0
    n = 1
    while shown < count:
        n = next_prime(n)
        shown += 1
        sep = "\n" if shown % PER_LINE == 0 else " "
        print(f"{n:5}", end=sep)
    if shown % PER_LINE != 0:
        print()


def main():
    count = 0
    total = 0
    twins = 0
    largest_gap = 0
    gap_after = 0
    previous = 0
    last_twin = 0
    for n in range(2, UPPER):
        if is_prime(n):
            count += 1
            total += n
            if previous:
                gap = n - previous
                if gap == 2:
                    twins += 1
                    last_twin = previous
                if gap > largest_gap:
                    largest_gap = gap
                    gap_after = previous
            previous = n
    print("The first 50 primes:")
    print_first(50)
    print()
    print(f"primes below {UPPER:,}: {count}")
    print(f"sum of those primes: {total:,}")
    print(f"largest prime: {previous}")
    print(f"twin pairs: {twins}, last: ({last_twin}, {last_twin + 2})")
    print(f"largest gap: {largest_gap} after {gap_after}")
    print(f"density: {count / UPPER:.4f}  mean gap: {(previous - 2) / (count - 1):.3f}")
    m = 2 ** 31 - 1
    print("2**31-1 prime?", is_prime(m), "2**31+1 prime?", is_prime(m + 2))
    print("next prime after 10**6:", next_prime(10 ** 6))
    mersenne = ""
    for p in range(2, 32):
        if is_prime(p) and is_prime(2 ** p - 1):
            mersenne = mersenne + str(p) + " "
    print("Mersenne exponents below 32:", mersenne)


if __name__ == "__main__":
    main()
