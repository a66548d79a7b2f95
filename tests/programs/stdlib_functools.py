import functools
from functools import cmp_to_key, partial, reduce, total_ordering


def power(base, exp):
    return base ** exp


def greet(greeting, name, punct="!"):
    return greeting + ", " + name + punct


def clamp(lo, hi, x):
    return max(lo, min(hi, x))


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    if a < b:
        return -1
    if a > b:
        return 1
    return 0


def version_cmp(a, b):
    pa = [int(p) for p in a.split(".")]
    pb = [int(p) for p in b.split(".")]
    for x, y in zip(pa, pb):
        if x != y:
            return x - y
    return len(pa) - len(pb)


def reverse_numeric(x, y):
    return y - x


@total_ordering
class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __eq__(self, other):
        return self.rank == other.rank

    def __lt__(self, other):
        return self.rank < other.rank

    def __repr__(self):
        return f"{self.rank}{self.suit}"


def main():
    # partial with positional arguments
    two_to = partial(power, 2)
    print([two_to(n) for n in range(6)])
    hello = partial(greet, "Hello")
    print(hello("world"))
    print(partial(greet, "Hi", "you")())
    percent = partial(clamp, 0, 100)
    print(list(map(percent, [-5, 50, 150])))
    sort_all = partial(sorted)
    print(sort_all([3, 1, 2]))
    add3 = partial(lambda a, b, c: a + b + c, 1, 2)
    print(add3(3), add3(10))
    parse_hex = functools.partial(int)
    print(parse_hex("42"))
    # partial with keyword arguments (bound once, where partial() is called)
    square = partial(power, exp=2)
    print(square(3), [square(i) for i in range(5)], list(map(square, [7, 8])))
    cube = functools.partial(power, exp=3)
    print(sorted([3, -2, 1], key=cube))
    excited = partial(greet, "Hey", punct="?!")
    print(excited("you"), partial(greet, punct=".")("Bye", "now"))
    calls = []

    def noisy(v):
        calls.append(v)
        return v

    bound_once = partial(greet, noisy("Yo"), punct=noisy("~"))
    print(bound_once("a"), bound_once("b"), calls)
    # cmp_to_key
    words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
    print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
    print(sorted(words, key=functools.cmp_to_key(by_length_then_alpha), reverse=True))
    versions = ["1.10", "1.2", "1.2.1", "0.9", "1.2.0"]
    print(sorted(versions, key=cmp_to_key(version_cmp)))
    print(max(versions, key=cmp_to_key(version_cmp)), min(versions, key=cmp_to_key(version_cmp)))
    nums = [5, 2, 9, 1]
    nums.sort(key=cmp_to_key(reverse_numeric))
    print(nums)
    print(sorted([(1, "b"), (1, "a"), (0, "z")], key=cmp_to_key(lambda p, q: p[0] - q[0])))
    k = cmp_to_key(reverse_numeric)
    print(k(1) < k(2), k(1) > k(2), k(3) == k(3), k(2) <= k(2), k(1) >= k(5))
    # reduce and total_ordering still native
    print(reduce(lambda a, b: a * b, [1, 2, 3, 4], 1))
    print(functools.reduce(max, [3, 9, 2]))
    cards = [Card(10, "h"), Card(3, "s"), Card(7, "d")]
    print(sorted(cards), Card(3, "s") <= Card(3, "h"), Card(9, "c") >= Card(10, "c"))


if __name__ == "__main__":
    main()
