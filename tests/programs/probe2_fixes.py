# Shapes from the second benchmark probe: a module-level dict of lambdas,
# instances kept in a defaultdict(list), `...` bodies, `in` through __iter__,
# built-in and math functions as values (also min/max in a list of functions),
# sys.stdout kept in a variable and compared with `is`.
import math
import sys
from collections import defaultdict
from functools import reduce
from math import floor, sqrt

TABLE = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}


class Sale:
    def __init__(self, rep, units):
        self.rep = rep
        self.units = units

    def value(self, price):
        return self.units * price


class Shape:
    def area(self):
        ...


class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        return iter(self.items)


def todo():
    ...


def main():
    print(TABLE["-"](6, 3), TABLE["+"](6, 3), [TABLE[op](7, 2) for op in "+-*"])
    by_rep = defaultdict(list)
    for rep, units in [("a", 2), ("b", 5), ("a", 7)]:
        by_rep[rep].append(Sale(rep, units))
    for rep in sorted(by_rep):
        print(rep, [s.units for s in by_rep[rep]], sum(s.value(1.5) for s in by_rep[rep]))
    print(Shape().area(), todo())
    print(2 in Bag([1, 2, 3]), 5 in Bag([1]), "x" not in Bag("abc"))
    f = math.sqrt
    print(f(16.0), list(map(math.floor, [1.5, 2.7])), list(map(sqrt, [4.0, 9.0])), sorted([2.5, 1.2], key=floor))
    for fn in [len, max, min, sorted]:
        print(fn([3, 1, 2]))
    out = sys.stdout
    print(sys.stdout is not None, out is sys.stdout, sys.stderr is sys.stdout)
    out.write("via variable\n")
    print(reduce(max, [1, 5, 2]), min(*(4, 2, 8)), max(*((1, 9),)))


if __name__ == "__main__":
    main()
