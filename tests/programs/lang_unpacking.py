# Unpacking in calls and displays: f(*lst) with a list, {**a, **b},
# [*a, *b], (*a, *b), {*a, *b}, and CPython's TypeErrors for lists of the
# wrong length.


def add3(a, b, c):
    return a + b + c


def describe(name, x, y, unit="cm"):
    return f"{name}: {x}{unit} x {y}{unit}"


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


def connect(host, port=80, *, timeout=5, secure=False):
    return f"{host}:{port} timeout={timeout} secure={secure}"


class Box:
    def __init__(self, width, height, label="box"):
        self.width = width
        self.height = height
        self.label = label

    def resized(self, dw=0, dh=0):
        return Box(self.width + dw, self.height + dh, self.label)

    def __repr__(self):
        return f"Box({self.width}x{self.height} {self.label!r})"


def span(lo, hi=10, step=1):
    return list(range(lo, hi, step))


def main():
    for coords in ([1, 2], [1, 2, 3], [4, 5, 6]):
        print(describe("pt", *coords[:2]), span(*coords))
    for bad_span in ([], [1, 2, 3, 4]):
        try:
            print(span(*bad_span))
        except TypeError as e:
            print("TypeError:", e)
    size = {"width": 2, "height": 3}
    print(Box(**size), Box(**{"width": 4, "height": 5, "label": "crate"}), Box(6, **{"height": 7}))
    print(Box(1, 1).resized(**{"dh": 10}))
    opts = {"port": 8080, "secure": True}
    print(connect("example.org", **opts), connect(host="h", **{"timeout": 1}))
    for bad_size in [{"width": 1}, {"width": 1, "height": 2, "depth": 3}, {}, {"label": "x"}]:
        try:
            print(Box(**bad_size))
        except TypeError as e:
            print("TypeError:", e)
    try:
        print(Box(1, **{"width": 2, "height": 3}))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(connect(**{"port": 1}))
    except TypeError as e:
        print("TypeError:", e)
    size_rows = [{"width": i, "height": i * i} for i in range(3)]
    print([Box(**r) for r in size_rows])
    mixed = {"width": 1, "height": 2.5, "label": "mixed"}
    print(Box(**mixed))

    nums = [1, 2, 3]
    print(add3(*nums))
    print(add3(10, *nums[:2]))
    print(add3(*(1, 2), *[3]))
    coords = [int(s) for s in "3 4".split()]
    p = Point(*coords)
    print(p, p.moved(*[1, -1]))
    print(describe("box", *[2, 5], unit="cm"), describe("tile", *[7, 8], unit="mm"))
    rows = [[1, 2, 3], [4, 5, 6]]
    print([add3(*r) for r in rows])
    bounds = [0, 10]
    print([add3(*bounds, v) for v in (5, -5)], add3(1, *[2], 3))
    for short in ([1], [1, 2, 3]):
        try:
            print(add3(*short, 100))
        except TypeError as e:
            print("TypeError:", e)
    for bad in ([1, 2], [1, 2, 3, 4], [], [9]):
        try:
            print(add3(*bad))
        except TypeError as e:
            print("TypeError:", e)
    try:
        print(describe("x", *[1, 2, 3], unit="m"))
    except TypeError as e:
        print("TypeError:", e)

    defaults = {"color": "red", "size": 10}
    overrides = {"size": 12, "shape": "circle"}
    merged = {**defaults, **overrides}
    print(merged)
    print({**defaults, "size": 0})
    print({"first": True, **overrides, "size": 99})
    print({**{}, **defaults})
    counts = {"a": 1}
    counts = {**counts, "b": 2}
    print(counts, len(counts))

    person = {"name": "bob", "age": 3}
    print("{name} is {age}".format(**person), "{greet}, {name}!".format(greet="hi", **person))
    try:
        print("{name}".format(name="x", **person))
    except TypeError as e:
        print("TypeError:", e)
    row = {"id": 7, "score": 9.5}
    print("{id:>4}|{score:6.2f}".format(**row))
    settings = {"a": 1}
    settings.update(**{"b": 2})
    print(settings)

    a = [1, 2]
    b = (3, 4)
    print([*a, *b], (*a, *b), {*a, *b})
    print([0, *range(3), *"ab"] if False else [0, *a, 9, *b])
    first, *rest = [*b, *a]
    print(first, rest)


if __name__ == "__main__":
    main()
