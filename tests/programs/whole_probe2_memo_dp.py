"""Recursion-heavy memoised dynamic programming with functools.lru_cache and cache."""
import sys
from functools import lru_cache, cache

sys.setrecursionlimit(10000)


@lru_cache(maxsize=None)
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


@cache
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


def lcs(a, b):
    @lru_cache(maxsize=None)
    def go(i, j):
        if i == len(a) or j == len(b):
            return ""
        if a[i] == b[j]:
            return a[i] + go(i + 1, j + 1)
        x, y = go(i + 1, j), go(i, j + 1)
        return x if len(x) >= len(y) else y
    return go(0, 0)


def knapsack(items, capacity):
    @cache
    def best(i, cap):
        if i == len(items):
            return 0, ()
        skip = best(i + 1, cap)
        w, v, name = items[i]
        if w <= cap:
            val, chosen = best(i + 1, cap - w)
            if val + v > skip[0]:
                return val + v, (name,) + chosen
        return skip
    return best(0, capacity)


@lru_cache(maxsize=None)
def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


def coin_ways(coins, amount):
    table = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            table[a] += table[a - c]
    return table[amount]


@cache
def catalan(n):
    if n <= 1:
        return 1
    return sum(catalan(i) * catalan(n - 1 - i) for i in range(n))


def main():
    print([partitions(n, n) for n in range(1, 16)])
    print("p(200) =", partitions(200, 200))
    pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"),
             ("dynamic programming", "dramatic programmer")]
    for a, b in pairs:
        print(f"{a!r:>22} -> {b!r:<22} {edit_distance(a, b)}")
    print(lcs("AGGTABQMZXYTT", "GXTXAYBQZXTT"))
    items = [(12, 4, "a"), (2, 2, "b"), (1, 1, "c"), (1, 2, "d"), (4, 10, "e"), (3, 7, "f"), (9, 9, "g")]
    print(knapsack(tuple(items), 15))
    best = max(range(1, 30000), key=collatz_len)
    print("longest collatz under 30000:", best, collatz_len(best))
    print(coin_ways([1, 2, 5, 10, 20, 50, 100, 200], 200))
    print([catalan(i) for i in range(12)], catalan(60))
    print(collatz_len(27))


if __name__ == "__main__":
    main()
