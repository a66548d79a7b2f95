# Dunders reached through the runtime: instances inside containers (repr, sort, min/max, heapq),
# as dict keys and set items (__hash__/__eq__, unhashable with __eq__ alone), reflected comparisons,
# __len__/__contains__/__getitem__ on values of mixed types, and iteration (__iter__/__next__, unpacking).

import heapq

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"P({self.x}, {self.y})"
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)
    def __eq__(self, other):
        return self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))

class Q(P):
    def __str__(self):
        return "Q!"

class Bag:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __contains__(self, x):
        return x in self.items
    def __getitem__(self, i):
        return self.items[i]

class NoHash:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other.v

def containers():
    ps = [P(2, 1), P(1, 5), Q(1, 2)]
    print(ps, sorted(ps), min(ps), max(ps))
    print(str(ps[2]), repr(ps[2]), [str(p) for p in ps])
    h = []
    for p in ps:
        heapq.heappush(h, p)
    print([heapq.heappop(h) for _ in range(3)])
    d = {P(1, 1): "a"}
    print(d[P(1, 1)], P(1, 1) in d, {P(1, 1), P(1, 1), P(2, 2)} == {P(2, 2), P(1, 1)})
    b = Bag([3, 4])
    things = [b, 1]
    print(len(things[0]), 4 in things[0], list(things[0]), sorted(b))
    try:
        print({NoHash(1)})
    except TypeError as e:
        print("TypeError:", e)
    print(NoHash(1) == NoHash(1), NoHash(1) != NoHash(2))


class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __iter__(self):
        return iter((self.a, self.b))
    def __repr__(self):
        return "Pair(%r, %r)" % (self.a, self.b)

def iteration():
    for v in Countdown(3):
        print(v)
    print(list(Countdown(4)), sum(Countdown(5)))
    a, b = Pair(1, "x")
    print(a, b, list(Pair(2, 3)), [x for x in Pair(5, 6)])
    print(dict([Pair("k", 1), Pair("j", 2)]))
    print(sorted([Pair(2, 1), Pair(1, 2)], key=lambda p: p.a))


def main():
    containers()
    iteration()


if __name__ == "__main__":
    main()
