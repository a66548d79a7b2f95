# A function's local variable, parameter or comprehension variable named like a from-import
# (`count = 0` beside `from itertools import count`) is that variable there, not the import.
from dataclasses import dataclass, field, fields, asdict
from functools import partial, reduce
from collections import Counter, defaultdict, namedtuple
from itertools import chain, count
from math import floor
from random import choice, random

@dataclass
class Rec:
    a: int
    b: list = field(default_factory=list)

def names(r):
    out = []
    for field in fields(r):
        out.append(field.name)
    return out

def g(xs):
    partial = []
    reduce = 0
    Counter = {}
    for x in xs:
        partial.append(x)
        reduce += x
        Counter[x] = Counter.get(x, 0) + 1
    chain = "-".join(map(str, partial))
    floor = len(chain)
    random = floor * 2
    choice = [random]
    return partial, reduce, Counter, chain, floor, random, choice

def h(count):
    return count + 1

def main():
    print(names(Rec(1)), asdict(Rec(2, [3])))
    print(g([1, 2, 2]))
    print(h(4), list(zip(count(), "ab")))
    print(Counter("aab"), floor(2.5))
    P = namedtuple("P", "x y")
    print(P(1, 2))
    f = lambda count: count * 3
    print(f(2), [count for count in range(3)])

if __name__ == "__main__":
    main()
