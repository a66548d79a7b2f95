# Counter(...) and deque(...) of a generator expression: consumed at once
# (evaluated as a list), with filters, nested clauses, aliases and maxlen.
import collections
from collections import Counter, deque
from collections import Counter as Tally


def letters(words):
    return Counter(ch for w in words for ch in w if ch.isalpha())


def lengths(words):
    return collections.Counter(len(w) for w in words if w)


def last_three(xs):
    return deque((x * x for x in xs), maxlen=3)


def main():
    words = "the quick brown fox jumps over the lazy dog again and again".split()
    print(letters(words).most_common(5))
    print(sorted(lengths(words).items()))
    print(Tally(w[0] for w in words).most_common(3))
    print(last_three(range(10)), list(deque(str(i) for i in range(4))))
    pairs = Counter((a, b) for a in range(3) for b in range(a) if (a + b) % 2)
    print(sorted(pairs.items()))
    empty = Counter(x for x in [])
    print(empty, len(empty))
    total = Counter()
    for chunk in (words[:4], words[4:]):
        total.update(Counter(w for w in chunk))
    print(total.most_common(2))
    signed = Counter(a=3, b=-2, c=0)
    print(+signed, -signed, +Counter(), -Counter(x=-1))


main()
