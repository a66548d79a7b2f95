"""`*x` of a list, generator, set or str into the standard functions that take
any number of arguments: heapq.merge, itertools.chain/product/zip_longest,
math.gcd/lcm/hypot."""
import heapq
import itertools
import math


def transpose(rows, fill):
    return ["".join(col) for col in itertools.zip_longest(*rows, fillvalue=fill)]


def main():
    shards = [[1, 4, 9], [2, 3, 10], [0, 11]]
    print(list(heapq.merge(*shards)))
    print(list(heapq.merge(*[sorted(w) for w in ["pear", "fig", "kiwi"]])))
    options = [["s", "m"], [1, 2], ["red"]]
    for combo in itertools.product(*options):
        print(combo, len(combo), combo[-1])
    print(list(itertools.chain(*shards)), list(itertools.chain(*"ab")))
    nums = [12, 18, 30]
    print(math.gcd(*nums), math.lcm(*nums), math.hypot(*(x for x in [3.0, 4.0])), math.gcd(*[]))
    print(transpose(["abc", "de", "f"], "-"), transpose([], "."))
    print(list(itertools.product(*[])), list(heapq.merge(*{})), sorted(itertools.chain(*{(1, 2), (3,)})))
    grid = [[r * 3 + c for c in range(3)] for r in range(2)]
    print(sum(map(sum, itertools.product(*grid))))


main()
