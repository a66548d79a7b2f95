# Namedtuples are tuples: == and ordering against plain tuples by their
# items, equal hashes, and mixing them with tuples in sets and dict keys.
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple("Point", ["x", "y"])
Pair = namedtuple("Pair", "a b")


class Span(NamedTuple):
    start: int
    end: int


def main():
    p = Point(1, 2)
    print(p == (1, 2), (1, 2) == p, p != (1, 2), (1, 2) != p, p == (2, 1), p == [1, 2])
    print(p < (1, 3), p <= (1, 2), p > (0, 9), p >= (1, 3), (1, 3) > p)
    print(Pair(1, 2) == (1, 2), (5, 6) != Pair(5, 6), Span(3, 4) == (3, 4))
    print(hash(p) == hash((1, 2)), hash(Span(5, 6)) == hash((5, 6)))
    seen = {(1, 2), (3, 4)}
    print(p in seen, Point(3, 4) in seen, Point(5, 6) in seen)
    mixed = {p, (1, 2), Pair(7, 8), (7, 8)}
    print(len(mixed))
    names = {(0, 0): "origin", (1, 2): "p"}
    print(names[p], names.get(Point(0, 0)), names.get(Point(9, 9), "none"))
    keyed = {Point(3, 3): "three"}
    print(keyed[(3, 3)], (3, 3) in keyed)
    spans = [Span(4, 5), Span(1, 9), Span(1, 2)]
    print(sorted(spans))
    print(sorted(spans + [(0, 1)])[0], min(spans), max(spans))
    print(Span(1, 2) < Span(1, 3), Span(2, 0) < Span(1, 9))
    print([s for s in spans if s == (1, 2)])
    print(spans.index((1, 9)), spans.count((4, 5)))
    # + and * make plain tuples; count and index as a tuple's
    print(p + (3,), (0,) + p, p * 2, 2 * Pair(1, 0), p + p, Point(1, 1).count(1), Span(4, 5).index(5))


main()
