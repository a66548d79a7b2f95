# Classes defined inside a function that runs more than once: each call
# makes a class object of its own (class attributes, identity, isinstance,
# the function's variables the methods read), as factories and test
# helpers called from several places do.
from dataclasses import dataclass


def make_node_class(tag, weight=1):
    scale = weight * 10

    def label(v):
        return f"{tag}-{v}"

    class Node:
        kind = "node"
        created = 0
        prefix = tag.upper() * weight
        limit = scale + 1

        def __init__(self, value):
            self.value = value
            Node.created += 1

        def describe(self):
            return f"{label(self.value)} x{scale}"

        def __repr__(self):
            return f"Node({self.value!r})"

    return Node


def make_error(prefix):
    class ValidationError(Exception):
        code = len(prefix)

        def __init__(self, field):
            super().__init__(f"{prefix}: bad {field}")
            self.field = field

    return ValidationError


def check_counter(start, steps):
    class Counter:
        def __init__(self):
            self.n = start

        def tick(self):
            self.n += steps
            return self.n

    c = Counter()
    c.tick()
    c.tick()
    print("counter", start, steps, "->", c.n, Counter.__qualname__)
    return c


def check_shapes(unit):
    class Shape:
        units = unit
        sides = 0

        def describe(self):
            return f"{type(self).__name__} with {self.sides} sides in {self.units}"

    class Square(Shape):
        sides = 4
        area_units = unit + "^2"

    sq = Square()
    print(sq.describe(), Square.area_units, Shape.units, isinstance(sq, Shape))


def check_point(x, y):
    @dataclass
    class Point:
        x: int
        y: int = 0

        def norm1(self):
            return abs(self.x) + abs(self.y)

    p = Point(x, y)
    print(p, p.norm1(), p == Point(x, y))


def main():
    A = make_node_class("a")
    B = make_node_class("b", weight=3)
    a1 = A(1)
    a2 = A(2)
    b1 = B(7)
    print(a1.describe(), a2.describe(), b1.describe())
    print(A.created, B.created, A.kind, B.kind)
    print(A.prefix, B.prefix, A.limit, B.limit, a1.prefix, b1.limit)
    B.limit += 100
    print(A.limit, B.limit, b1.limit)
    print(isinstance(a1, A), isinstance(a1, B), isinstance(b1, B), A is B, A is A)
    print(A.__name__, A.__qualname__, B.__qualname__)
    print(A, B)
    print([a1, b1], repr(a2))
    registry = {A: "first", B: "second"}
    print(registry[A], registry[B], len(registry))

    E1 = make_error("form")
    E2 = make_error("api")
    try:
        raise E1("email")
    except Exception as e:
        print("caught", e, isinstance(e, E1), isinstance(e, E2), isinstance(e, Exception), E1.code, E2.code)
    try:
        raise E2("token")
    except Exception as e:
        print(type(e).__name__, e)

    c1 = check_counter(0, 1)
    c2 = check_counter(10, 5)
    print(c1.tick(), c2.tick())
    check_shapes("cm")
    check_shapes("in")
    check_point(3, -4)
    check_point(-1, 0)


main()
