# Collections- and itertools-heavy work: counting, grouping, sliding windows,
# combinatorics (issue 4's benchmark of the standard library's data structures).
import itertools
from collections import Counter, defaultdict, deque


def words(n):
    vowels = "aeiou"
    consonants = "bcdfghklmnprst"
    out = []
    state = 7
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        length = 2 + state % 5
        w = []
        for k in range(length):
            state = (state * 1103515245 + 12345) % 2147483648
            pool = vowels if k % 2 else consonants
            w.append(pool[state % len(pool)])
        out.append("".join(w))
    return out


def main():
    ws = words(200000)
    counts = Counter(ws)
    print(counts.most_common(5))
    by_first = defaultdict(list)
    for w in ws:
        by_first[w[0]].append(w)
    print(sorted((k, len(v)) for k, v in by_first.items())[:5])
    window = deque(maxlen=50)
    best = 0
    for w in ws:
        window.append(len(w))
        if len(window) == 50:
            best = max(best, sum(window))
    print(best)
    groups = [(k, len(list(g))) for k, g in itertools.groupby(sorted(ws[:50000], key=len), key=len)]
    print(groups)
    letters = "abcdefgh"
    total = 0
    for combo in itertools.combinations(letters, 4):
        total += sum(ord(c) for c in combo)
    for perm in itertools.permutations("abcdef"):
        if perm[0] < perm[-1]:
            total += 1
    for a, b in itertools.product(range(300), repeat=2):
        total += (a * b) % 7
    print(total)
    pairs = Counter(zip(ws, ws[1:]))
    print(len(pairs), pairs.most_common(2))


if __name__ == "__main__":
    main()
