# A mix of standard-library calls real benchmark programs use: operator.attrgetter/itemgetter,
# heapq.merge/nsmallest(key=), bisect.insort, math.fsum/prod/comb, int.to_bytes, Counter.subtract,
# deque(maxlen=).rotate, OrderedDict.fromkeys/move_to_end, total_ordering with __slots__, format specs.
import bisect
import heapq
import itertools
import math
import operator
import sys
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
from functools import reduce, total_ordering

Point = namedtuple("Point", ["x", "y"])


@total_ordering
class Version:
    __slots__ = ("major", "minor")

    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __hash__(self):
        return hash((self.major, self.minor))

    def __repr__(self):
        return "v%d.%d" % (self.major, self.minor)


def main():
    sys.setrecursionlimit(5000)
    pts = [Point(3, 1), Point(1, 2), Point(2, 2)]
    print(sorted(pts, key=operator.attrgetter("y", "x")))
    print(sorted(pts, key=operator.itemgetter(0)), Point._make([5, 6]), Point._fields)
    print(list(heapq.merge([1, 4, 9], [2, 3, 10])), heapq.nsmallest(2, pts, key=lambda p: p.x))
    print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.accumulate([1, 2, 3], operator.mul)))
    xs = [1, 3, 5]
    bisect.insort(xs, 4)
    print(xs, bisect.bisect_left(xs, 3), bisect.bisect_right(xs, 3))
    print(math.fsum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.prod([1, 2, 3, 4]), math.comb(10, 3), math.perm(5, 2))
    print((255).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), pow(3, 200, 1000))
    print(reduce(operator.add, [1, 2, 3], 10), divmod(-7, 2))
    c = Counter("abracadabra")
    c.subtract("aab")
    print(c.most_common(3), sorted(c.elements())[:5], c["z"])
    d = deque(range(5), maxlen=4)
    d.rotate(1)
    print(d, d.maxlen)
    od = OrderedDict.fromkeys("abc", 0)
    od.move_to_end("a")
    print(od, list(od.items()))
    dd = defaultdict(list)
    for k, v in [("a", 1), ("b", 2), ("a", 3)]:
        dd[k].append(v)
    print(dict(dd))
    vs = sorted({Version(1, 2), Version(1, 0), Version(0, 9)})
    print(vs, Version(1, 0) >= Version(0, 9), max(vs))
    print("{name}-{n:03d}".format_map({"name": "x", "n": 7}), "abc".translate(str.maketrans("ab", "xy", "c")))
    print(dict(zip("abc", range(3))), list(enumerate("xy", start=1)))
    print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda t: (-t[1], t[0])))
    print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.islice(itertools.count(5, 2), 3)))
    print(sum(x * y for x, y in zip(range(5), range(5, 10))), any(x > 3 for x in xs), all([]))
    print(f"{math.pi:.3f} {1e-7:g} {123456789:,} {0.5:%} {42:#x} {-3:+d}")


main()
