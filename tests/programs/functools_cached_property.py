# functools.cached_property: computed once per instance, then read from the cache.
import functools
from functools import cached_property, reduce


class M:
    def __init__(self, n):
        self.n = n

    @cached_property
    def total(self):
        print("(computing total)")
        return sum(range(self.n))

    @functools.cached_property
    def label(self):
        print("(computing label)")
        return f"M{self.n}"


def main():
    m = M(10)
    print(m.total, m.total, m.label, m.label, M(3).total)
    print(reduce(lambda a, b: a + b, [1, 2, 3]))


if __name__ == "__main__":
    main()
