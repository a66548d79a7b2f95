# Everyday idioms together: __slots__, classmethod constructors, __call__, nonlocal
# counters, Counter.most_common, format specs, defaultdict, groupby with a key,
# accumulate, namedtuple.

import heapq
import itertools
from collections import Counter, defaultdict, namedtuple

class Vec:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    @classmethod
    def zero(cls):
        return cls(0, 0)
    @staticmethod
    def dot(a, b):
        return a.x * b.x + a.y * b.y
    def __call__(self, k):
        return Vec(self.x * k, self.y * k)
    def __repr__(self):
        return "Vec(%d, %d)" % (self.x, self.y)

def counter_gen():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

Point = namedtuple("Point", "x y")

def main():
    v = Vec(1, 2)
    print(Vec.zero(), Vec.dot(v, v), v(3))
    inc = counter_gen()
    inc(); inc()
    print(inc())
    words = "the cat and the hat and the bat".split()
    c = Counter(words)
    print(c.most_common(2), sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))
    for i, w in enumerate(words[:3], start=1):
        print("{:>3}|{:<5}|{:^7}|".format(i, w, w.upper()), "%-6s|%5.2f" % (w, i / 3))
    groups = defaultdict(list)
    for w in words:
        groups[len(w)].append(w)
    print(dict(groups))
    for k, g in itertools.groupby(sorted(words, key=len), key=len):
        print(k, list(g))
    print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2], initial=10)))
    print(list(itertools.product("ab", repeat=2)), len(list(itertools.product(range(3), [1, 2], repeat=2))))
    print(heapq.nlargest(2, words, key=len), heapq.nsmallest(3, words, key=lambda w: (w[-1], w)), heapq.nlargest(2, [3, 9, 4]))
    p = Point(1, 2)
    print(p, p.x + p.y, p._replace(x=5))
    print(f"{3.14159:.2f} {1234567:,} {0.5:%} {42:08b} {'s'!r:>5}")


if __name__ == "__main__":
    main()
