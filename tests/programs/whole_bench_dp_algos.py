# Dynamic programming kernels: edit distance, 0/1 knapsack, longest common subsequence, coin change.
def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        prev = cur
    return prev[-1]


def knapsack(items, capacity):
    best = [[0] * (capacity + 1) for _ in range(len(items) + 1)]
    for i, (w, v) in enumerate(items, 1):
        for c in range(capacity + 1):
            best[i][c] = best[i - 1][c]
            if w <= c and best[i - 1][c - w] + v > best[i][c]:
                best[i][c] = best[i - 1][c - w] + v
    chosen = []
    c = capacity
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(i - 1)
            c -= items[i - 1][0]
    return best[-1][-1], sorted(chosen)


def lcs(a, b):
    table = {}
    for i in range(len(a) + 1):
        for j in range(len(b) + 1):
            if i == 0 or j == 0:
                table[i, j] = ""
            elif a[i - 1] == b[j - 1]:
                table[i, j] = table[i - 1, j - 1] + a[i - 1]
            else:
                x, y = table[i - 1, j], table[i, j - 1]
                table[i, j] = x if len(x) >= len(y) else y
    return table[len(a), len(b)]


def coin_ways(coins, total):
    ways = [1] + [0] * total
    for coin in coins:
        for t in range(coin, total + 1):
            ways[t] += ways[t - coin]
    return ways[total]


def main():
    pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc")]
    print([edit_distance(a, b) for a, b in pairs])
    items = [(12, 4), (2, 2), (1, 1), (1, 2), (4, 10), (3, 7), (7, 9)]
    print(knapsack(items, 15))
    print(repr(lcs("AGGTABQWERTY", "GXTXAYBWRTQ")))
    print(coin_ways([1, 2, 5, 10, 20, 50, 100, 200], 200))


if __name__ == "__main__":
    main()
