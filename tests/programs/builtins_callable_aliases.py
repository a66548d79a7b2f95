# callable(), and module-level aliases of classes (isinstance, except, calls).
Number = (int, float)
Text = str
LOOKUP_ERRORS = (KeyError, IndexError)


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n


class Plain:
    pass


Shape = Plain


def describe(x):
    if isinstance(x, Number):
        return f"number {x}"
    if isinstance(x, Text):
        return f"text {Text(x)!r}"
    return "other"


def main():
    print([describe(v) for v in (1, 2.5, "hi", None, [1])])
    print(callable(len), callable(main), callable(lambda: 1), callable(Adder), callable(Adder(1)), callable(Plain()), callable(3), callable("s"))
    things = [main, 3, Adder(2), Plain, "x", Plain()]
    print([callable(t) for t in things])
    for f in (Adder(1), Adder(5)):
        print(f(10) if callable(f) else "no")
    try:
        [][1]
    except LOOKUP_ERRORS as exc:
        print("lookup:", type(exc).__name__)
    try:
        {}["k"]
    except LOOKUP_ERRORS as exc:
        print("lookup:", type(exc).__name__, exc)
    s = Shape()
    print(isinstance(s, Shape), isinstance(s, Plain), type(s).__name__, Text(42) + "!")


if __name__ == "__main__":
    main()
