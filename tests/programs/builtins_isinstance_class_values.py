# isinstance() against class values found at run time: parameters, attributes, tuples (nested too),
# classes with several bases, and CPython's TypeError for a value that is not a class.


class Serializable:
    def dump(self):
        return f"<{type(self).__name__}>"


class Shape:
    def __init__(self, name):
        self.name = name


class Circle(Shape, Serializable):
    pass


class Square(Shape):
    pass


class Tagged(Square, Serializable):
    pass


class AppError(Exception):
    pass


class TimeoutFailure(AppError, TimeoutError):
    pass


def select(items, kinds):
    return [type(x).__name__ for x in items if isinstance(x, kinds)]


class Filter:
    def __init__(self, accepted):
        self.accepted = accepted

    def __call__(self, items):
        return [x for x in items if isinstance(x, self.accepted)]


def handles(error, table):
    for kinds, label in table:
        if isinstance(error, kinds):
            return label
    return "unhandled"


def main():
    shapes = [Circle("c"), Square("s"), Tagged("t"), 3, "x", 2.5, None]
    print(select(shapes, Serializable))
    print(select(shapes, (Square, int)))
    print(select(shapes, ((str, float), (Circle,))))
    print(select(shapes, object))
    print(select(shapes, ()))
    only = Filter((int, float))
    print(only(shapes), len(Filter(Shape)(shapes)))
    table = [((KeyError, IndexError), "lookup"), (TimeoutError, "retry"), (AppError, "app")]
    for err in [KeyError("k"), TimeoutFailure("t"), AppError("a"), ValueError("v")]:
        print(type(err).__name__, handles(err, table))
    for bad in [3, (int, "str"), [int]]:
        try:
            print(select([1], bad))
        except TypeError as e:
            print("TypeError:", e)


if __name__ == "__main__":
    main()
