# itertools.chain.from_iterable, through the module and through an imported name.
import itertools
from itertools import chain


class Item:
    def __init__(self, name):
        self.name = name


class Other:
    def __init__(self, name):
        self.name = name.upper()


def main():
    rows = [[1, 2], [3], [], [4, 5, 6]]
    print(list(chain.from_iterable(rows)), sum(itertools.chain.from_iterable(rows)))
    words = chain.from_iterable(w.split() for w in ["a b", "c", "d e f"])
    print(next(words), list(words))
    print(list(itertools.chain.from_iterable(["ab", "cd"])))
    mixed = chain([Item("x")], [Other("y")])
    print([m.name for m in mixed], list(chain("ab", [1, 2])))


if __name__ == "__main__":
    main()
