"""functools.singledispatch: registration by annotation, by class and by call, dispatch on the argument's class
(the most derived registered one: bool before int, subclasses before their bases), extra parameters, object."""
import functools
from functools import singledispatch


class Shape:
    def __init__(self, name):
        self.name = name


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side


class Unit(Square):
    def __init__(self):
        super().__init__(1)


@functools.singledispatch
def describe(x, indent=0):
    return " " * indent + f"object {x!r}"


@describe.register
def _(x: int, indent=0):
    return " " * indent + f"int {x}"


@describe.register(bool)
def _(x, indent=0):
    return " " * indent + f"bool {x}"


@describe.register(str)
def _(x, indent=0):
    return " " * indent + f"str {x!r} of {len(x)}"


@describe.register(list)
def describe_list(x, indent=0):
    return " " * indent + "list:\n" + "\n".join(describe(i, indent + 2) for i in x)


def describe_dict(x, indent=0):
    return " " * indent + "dict of " + ", ".join(sorted(x))


describe.register(dict, describe_dict)


@singledispatch
def area(shape):
    raise NotImplementedError(f"no area for {type(shape).__name__}")


@area.register
def _(shape: Circle):
    return round(3.14159 * shape.r * shape.r, 2)


@area.register
def _(shape: Square):
    return shape.side * shape.side


@area.register(Unit)
def _(shape):
    return "one"


@singledispatch
def kind(x):
    return "default"


@kind.register(object)
def _(x):
    return "object"


@kind.register(float)
def _(x):
    return "float"


def main():
    print(describe(3))
    print(describe(True, 2))
    print(describe("hey", indent=1))
    print(describe([1, "a", [False, 2.5]]))
    print(describe({"b": 1, "a": 2}))
    print(describe(2.5), describe(None))
    print(describe_list([7]), describe_dict({"z": 0}, 3))
    for s in [Circle(2), Square(3), Unit()]:
        print(s.name, area(s))
    try:
        area(Shape("blob"))
    except NotImplementedError as e:
        print("NotImplementedError:", e)
    print(kind(1.5), kind(1), kind("s"))


if __name__ == "__main__":
    main()
