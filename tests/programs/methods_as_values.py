# Methods read without calling them: bound methods of instances and of
# built-in values, methods read from a class, and functions kept in attributes.


class Counter:
    def __init__(self):
        self.n = 0
        self.callback = self.bump

    def bump(self, by=1):
        self.n += by
        return self.n

    def score(self, x):
        return -x


class Shape:
    def area(self):
        return 0

    def describe(self, prefix):
        return prefix + ": " + str(self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


def apply(f, xs):
    return [f(x) for x in xs]


def rotate_left(n):
    # fannkuch's trick: keep list methods in locals and call them in the loop.
    perm = list(range(n))
    insert = perm.insert
    pop = perm.pop
    seen = []
    for _ in range(n):
        insert(n - 1, pop(0))
        seen.append(perm[:])
    return seen


def main():
    c = Counter()
    bump = c.bump
    bump()
    bump(5)
    c.callback(2)
    print(c.n, bump())
    print(sorted([3, 1, 2], key=c.score))
    print(apply(c.score, [1, 2]))

    words = ["  Banana", "apple ", " cherry"]
    print(list(map(str.strip, words)))
    print(sorted(map(str.strip, words), key=str.lower))
    handlers = {"up": str.upper, "low": str.lower}
    print(handlers["up"]("abc"), handlers["low"]("ABC"))

    d = {"a": 1}
    get = d.get
    print(get("a"), get("b", 7))
    seen = set()
    add = seen.add
    for w in "abcab":
        add(w)
    print(sorted(seen))
    stack = []
    push = stack.append
    for i in range(4):
        push(i * i)
    print(stack, stack.pop())
    print(rotate_left(4))

    shapes = [Square(2), Square(3)]
    describers = [s.describe for s in shapes]
    print([f("area") for f in describers])
    area_of = Square.area
    print(area_of(Square(5)))
    join = ", ".join
    print(join(["x", "y", "z"]))


if __name__ == "__main__":
    main()
