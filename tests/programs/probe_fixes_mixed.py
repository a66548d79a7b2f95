# Shapes found in benchmark programs: range() over values of varying type,
# indexing and slicing range objects, guards that keep impossible attribute
# reads and raises from running, generator __iter__, dispatch tables indexed
# by values of varying type, super(C, self), method aliases in a class body,
# class attributes bound after the class, and frozenset().


class Link:
    def __init__(self, value):
        self.value = value
        self.link = None

    def append_to(self, lst):
        if lst is None:
            return self
        return lst.link


class Box:
    def __init__(self, v):
        self.v = v


def unbox(x):
    if isinstance(x, Box):
        return x.v
    return x


def check(x):
    if x < 0:
        raise "negative values are not allowed"
    return x


class Tree:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for x in self.items:
            yield x * 2


def double(x):
    return 2 * x


def square(x):
    return x * x


class Base:
    def __init__(self, s):
        self.s = s


class Child(Base):
    def __init__(self, s):
        super(Child, self).__init__(s * 2)


class Vec:
    def __init__(self, x):
        self.x = x

    def __mul__(self, k):
        return Vec(self.x * k)

    __rmul__ = __mul__

    def __repr__(self):
        return f"Vec({self.x})"


Vec.ZERO = Vec(0)


def main():
    total = 0
    for d in range(2, 6, 2):
        n = 2 ** (6 - d)
        for _ in range(n):
            total += 1
    print(total)
    for tok in ["a", (1, 3)]:
        if isinstance(tok, tuple):
            off, length = tok
            print([off + k for k in range(length)])
    r = range(10)
    print(r[3], r[-1], len(r[:5]), list(r[2:8:3]), r[1:4])

    print(Link(1).append_to(None).value, unbox(Box(5)), unbox(7), check(3))
    print(list(Tree([1, 2, 3])), sum(Tree([4])))

    table = [double, square]
    i = "1" if False else 1
    print(table[i](21), table[0](4))

    print(Child("ab").s, Vec(2) * 3, 3 * Vec(2), Vec.ZERO)
    fs = frozenset({(1, 2), (3, 4)})
    print(sorted(fs), (1, 2) in fs, len(frozenset()), frozenset("aab") == frozenset("ab"))


if __name__ == "__main__":
    main()
