# Named tuples are tuples: isinstance/issubclass with tuple, equality and ordering across named tuple
# classes and plain tuples, tuple(p), slicing, unpacking, `%` formatting, dict() of pairs, sorting mixes.
import json
from collections import namedtuple

P = namedtuple("P", "x y")
Q = namedtuple("Q", ["a", "b"])

def main_basics():
    p = P(1, 2)
    q = Q(1, 2)
    print(isinstance(p, tuple), issubclass(P, tuple))
    print(p == q, p == (1, 2), (1, 2) == q, p != q)
    print(tuple(p), list(p), p[0:1], p[::-1])
    a, b = p
    print(a, b)
    print("%s %s" % p)
    print(dict([p, Q(3, 4)]))
    print(sorted([P(3, 1), (2, 5), Q(1, 9)]))
    print(p + (3,), p * 2, len(p), 2 in p, p.index(2), p.count(1))
    print(hash(p) == hash((1, 2)))
    print(max(p), sum(p), p < (1, 3))
    s = {p, (1, 2), q}
    print(len(s))


Pair = namedtuple("Pair", "k v")

def flat(x):
    if isinstance(x, tuple):
        out = []
        for y in x:
            out.extend(flat(y))
        return out
    return [x]

def describe(t):
    if isinstance(t, (list, tuple)):
        return "seq%d" % len(t)
    return "other"

def main_as_tuple():
    p = P(1, 2)
    a, *rest = P(5, 6)
    print(a, rest)
    print(p in [(1, 2)], (1, 2) in [p], {(1, 2): "hit"}[p])
    print(json.dumps(p), json.dumps({"p": P(3, 4)}))
    print(list(zip(*p)) if False else sorted(p, reverse=True))
    print(*p)
    print(tuple(p) == p, p == [1, 2], type(p) is tuple, isinstance(p, (list, tuple)))
    mixed = [p, (1, 2), 3, "s", P(7, 8)]
    print([isinstance(m, tuple) for m in mixed])
    print(flat((P(1, (2, 3)), 4, [5])))
    print(describe(p), describe([1]), describe(3))
    print(",".join(Pair("a", "b")))
    d = dict([Pair("k1", 1), Pair("k2", 2)])
    print(d)
    match p:
        case (1, y):
            print("seq match", y)
        case _:
            print("no match")
    print(max([P(1, 5), P(2, 0)]), min(P(3, 1), (2, 9)))
    print(p[-1], p[1:], p[:5])
    print(issubclass(Pair, tuple), issubclass(Pair, list))
    print(hash(P(1, 2)) == hash((1, 2)), P(1, 2) == Pair(1, 2))
    print(set([P(1, 2), Pair(1, 2), (1, 2)]))



def main():
    main_basics()
    main_as_tuple()


main()
