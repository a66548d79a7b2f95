# Classes defined inside function bodies: in main() and in a test-style function that
# main() calls once; closures over the function's variables and nested functions,
# inheritance, dataclasses, exception classes, __name__/__qualname__/repr.
from dataclasses import dataclass


class Shape:
    def area(self):
        return 0

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


def check_shapes(scale):
    class Square(Shape):
        def __init__(self, side):
            self.side = side

        def area(self):
            return self.side * self.side * scale

    @dataclass
    class Point:
        x: int
        y: int = 0

    shapes = [Square(2), Square(3)]
    print([s.describe() for s in shapes])
    print(Point(1, 2), Point(3) == Point(3, 0))
    return Square


def errors():
    class ValidationError(Exception):
        pass

    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    class Tracker:
        def hit(self):
            return bump() * 10

    t = Tracker()
    print(t.hit(), t.hit(), count)
    try:
        raise ValidationError("bad value")
    except ValidationError as e:
        print("caught", type(e).__name__, e)
    if count > 1:
        class Flag:
            on = True
        print(Flag.on)


def run_tests():
    limit = 3
    class Stack:
        kind = "stack"
        def __init__(self):
            self.items = []
        def push(self, x):
            if len(self.items) >= limit:
                raise OverflowError("full")
            self.items.append(x)
        def __repr__(self):
            return f"Stack({self.items})"
    class Counted(Stack):
        def push(self, x):
            super().push(x)
            return len(self.items)
    s = Stack()
    s.push(1)
    s.push(2)
    print(s, Stack.kind, Stack.__name__, Stack.__qualname__)
    print(Stack, type(s), repr(Counted))
    c = Counted()
    print(c.push(5), c.push(6), isinstance(c, Stack), isinstance(s, Counted))
    limit = 1
    try:
        c.push(7)
    except OverflowError as e:
        print("overflow", e)

def main():
    Sq = check_shapes(10)
    print(Sq(1).area(), Sq.__name__, Sq.__qualname__)
    errors()
    run_tests()

    class Local:
        x = 1
        names = ("a", "b")

        def double(self):
            return Local.x * 2

    print(Local.x, Local.names, Local.__name__, Local.__qualname__, Local().double())

    class Boom(Exception):
        pass

    try:
        raise Boom("bad")
    except Exception as e:
        print(repr(e), str(type(e)), isinstance(e, Boom))


main()
