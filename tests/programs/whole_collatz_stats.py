"""Collatz statistics for every starting value below a limit.

A whole program in the milestone-1 slice: functions, loops, big-ish ints,
module constants and formatted output.
"""

LIMIT = 3000
BUCKET = 25


def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def collatz_peak(n):
    peak = n
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        if n > peak:
            peak = n
    return peak


def bucket_label(index):
    low = index * BUCKET
    high = low + BUCKET - 1
    return f"{low:>3}-{high:<3}"


def count_in_bucket(index):
    count = 0
    for n in range(1, LIMIT):
        if collatz_steps(n) // BUCKET == index:
            count += 1
    return count


def bar(count, scale):
    return "#" * (count // scale) + ("+" if count % scale else "")


def main():
    longest = 0
    longest_n = 1
    highest = 0
    highest_n = 1
    total_steps = 0
    even_steps = 0
    for n in range(1, LIMIT):
        s = collatz_steps(n)
        total_steps += s
        if s % 2 == 0:
            even_steps += 1
        if s > longest:
            longest = s
            longest_n = n
        p = collatz_peak(n)
        if p > highest:
            highest = p
            highest_n = n
    mean = total_steps / (LIMIT - 1)
    print(f"Collatz statistics for 1..{LIMIT - 1}")
    print("-" * 40)
    print(f"{'longest chain':<20}{longest:>8} (n={longest_n})")
    print(f"{'highest peak':<20}{highest:>8,} (n={highest_n})")
    print(f"{'total steps':<20}{total_steps:>8,}")
    print(f"{'mean steps':<20}{mean:>8.3f}")
    print(f"{'even step counts':<20}{even_steps:>8} ({even_steps / (LIMIT - 1):.1%})")
    print("-" * 40)
    index = 0
    while index * BUCKET <= longest:
        count = count_in_bucket(index)
        print(bucket_label(index), f"{count:>5}", bar(count, 20))
        index += 1
    big = 2 ** 100 + 1
    print("steps for 2**100+1:", collatz_steps(big), "peak digits:", len(str(collatz_peak(big))))


if __name__ == "__main__":
    main()
