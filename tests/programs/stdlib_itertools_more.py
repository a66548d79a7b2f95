# itertools.takewhile, dropwhile, filterfalse, starmap, compress, zip_longest(fillvalue=).
import itertools
from itertools import compress, dropwhile, filterfalse, starmap, takewhile, zip_longest


class P:
    def __init__(self, n):
        self.n = n


def main():
    print(list(takewhile(lambda x: x < 3, range(10))), list(dropwhile(lambda x: x < 8, range(10))))
    print(list(filterfalse(lambda c: c.isupper(), "aBcD")), list(filterfalse(None, [0, 1, "", "x"])))
    print(list(starmap(pow, [(2, 3), (3, 2)])), list(itertools.starmap(lambda a, b: a + b, zip("ab", "cd"))))
    print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.takewhile(str.isdigit, "12a3")))
    print(list(zip_longest("ab", "xyz", fillvalue="-")), list(itertools.zip_longest([1], [2, 3])))
    pts = [P(1), P(2), P(3)]
    print([(a.n, b) for a, b in zip_longest(pts, "xy", fillvalue="?")])
    print(next(dropwhile(lambda p: p.n < 2, pts)).n)


if __name__ == "__main__":
    main()
