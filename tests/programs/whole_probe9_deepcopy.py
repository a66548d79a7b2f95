"""
Benchmark to measure performance of the python builtin method copy.deepcopy

Performance is tested on a nested dictionary and a dataclass

Author: Pieter Eendebak

"""
import copy
from dataclasses import dataclass


@dataclass
class A:
    string: str
    lst: list
    boolean: bool


class Point:
    """A user class with its own __deepcopy__ (copies only what it owns)."""

    def __init__(self, x, y, tags):
        self.x = x
        self.y = y
        self.tags = tags
        self.copies = 0

    def __deepcopy__(self, memo):
        result = Point(self.x, self.y, copy.deepcopy(self.tags, memo))
        result.copies = self.copies + 1
        memo[id(self)] = result
        return result

    def __repr__(self):
        return "Point(%r, %r, %r, copies=%d)" % (self.x, self.y, self.tags, self.copies)


class Polygon:
    """A plain user class: deepcopy walks its __dict__."""

    def __init__(self, name, points):
        self.name = name
        self.points = points
        self.meta = {"closed": True, "layers": [1, 2]}

    def area2(self):
        total = 0
        n = len(self.points)
        for i in range(n):
            p = self.points[i]
            q = self.points[(i + 1) % n]
            total += p.x * q.y - q.x * p.y
        return total


class C(object):
    def __init__(self):
        self.a = 1
        self.b = 2

    def __reduce__(self):
        return (C, (), self.__dict__)

    def __setstate__(self, state):
        self.__dict__.update(state)


def benchmark_reduce(n):
    """ Benchmark where the __reduce__ functionality is used """
    c = C()
    c.a = 10
    total = 0
    for ii in range(n):
        d = copy.deepcopy(c)
        total += d.a + d.b
        assert d is not c
    return total


def benchmark_memo(n):
    """ Benchmark where the memo functionality is used """
    A = [1] * 100
    data = {'a': (A, A, A), 'b': [A] * 100}

    shared = 0
    for ii in range(n):
        d = copy.deepcopy(data)
        if d['a'][0] is d['b'][5] and d['a'][0] is not A:
            shared += 1
    return shared


def benchmark_user(n):
    """ Deep copies of user classes, with and without __deepcopy__ """
    shared_tags = ["corner", "grid"]
    pts = [Point(i, i * i % 7, shared_tags) for i in range(6)]
    poly = Polygon("hexagon", pts)
    checks = 0
    last = None
    for ii in range(n):
        clone = copy.deepcopy(poly)
        clone.points[0].tags.append(ii)
        if clone.points[0].tags is clone.points[1].tags:
            checks += 1
        if clone.meta is not poly.meta and clone.meta == poly.meta:
            checks += 1
        last = clone
    shallow = copy.copy(poly)
    print("user:", checks, last.area2(), last.points[0], len(shared_tags),
          shallow.points is poly.points)
    return checks


def benchmark(n):
    """ Benchmark on some standard data types """
    a = {
        'list': [1, 2, 3, 43],
        't': (1, 2, 3),
        'str': 'hello',
        'subdict': {
            'a': True}}
    dc = A('hello', [1, 2, 3], True)

    size = 0
    for ii in range(n):
        for jj in range(30):
            x = copy.deepcopy(a)
            size += len(x)
        for s in ['red', 'blue', 'green']:
            dc.string = s
            for kk in range(5):
                dc.lst[0] = kk
                for b in [True, False]:
                    dc.boolean = b
                    y = copy.deepcopy(dc)
                    if y == dc and y.lst is not dc.lst:
                        size += 1
    return size


def main():
    n = 400
    print("deepcopy:", benchmark(n))
    print("deepcopy_reduce:", benchmark_reduce(n * 10))
    print("deepcopy_memo:", benchmark_memo(n))
    print("deepcopy_user:", benchmark_user(n))


if __name__ == "__main__":
    main()
