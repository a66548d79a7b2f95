# Imports inside function bodies: bundled library modules (operator, itertools,
# functools, collections, string...) and native ones, bound for that function.
import math


def total(xs):
    import operator
    from functools import reduce
    return reduce(operator.add, xs, 0)


def product(xs):
    import operator
    return reduce_mul(operator.mul, xs)


def reduce_mul(op, xs):
    acc = 1
    for x in xs:
        acc = op(acc, x)
    return acc


def running(xs):
    from itertools import accumulate
    return list(accumulate(xs))


def tally(words):
    from collections import Counter, defaultdict
    c = Counter(words)
    groups = defaultdict(list)
    for w in words:
        groups[len(w)].append(w)
    return c.most_common(2), dict(groups)


def letters():
    import string
    return string.ascii_lowercase[:5]


class Sorter:
    def by_second(self, pairs):
        from operator import itemgetter
        return sorted(pairs, key=itemgetter(1))


def hypot(a, b):
    import math as m
    return m.sqrt(a * a + b * b)


def main():
    print(total([1, 2, 3, 4]))
    print(product([1, 2, 3, 4]))
    print(running([1, 2, 3, 4]))
    print(tally(["a", "bb", "a", "cc", "a", "bb"]))
    print(letters())
    print(Sorter().by_second([("x", 3), ("y", 1), ("z", 2)]))
    print(hypot(3, 4), math.floor(2.5))
    import textwrap
    print(textwrap.wrap("the quick brown fox jumps", width=10))


main()
