# Several unpackings in one call: f(**a, **b), f(*xs, *ys, k=1, **d), and
# CPython's TypeError for a keyword given twice.


def collect(*args, **kwargs):
    return args, sorted(kwargs.items())


def point(x, y, z=0, *, label="p"):
    return f"{label}({x}, {y}, {z})"


class Shape:
    def __init__(self, kind, **attrs):
        self.kind = kind
        self.attrs = attrs

    def describe(self, prefix, **extra):
        merged = dict(self.attrs)
        merged.update(extra)
        return prefix + self.kind + str(sorted(merged.items()))


def main():
    base = {"color": "red"}
    size = {"width": 3, "height": 4}
    print(collect(**base, **size))
    print(collect(1, *[2, 3], *(4,), 5, k=1, **base))
    xs = [1, 2]
    ys = (3, 4)
    print(collect(*xs, *ys, sep="-", **size))
    print(point(*[1], *[2]))
    print(point(*(1,), *(2, 3), label="q"))
    print(point(**{"x": 1}, **{"y": 2}, label="r"))
    print(point(1, **{"y": 5}, **{"label": "s"}))
    shape = Shape("box", **base, **size)
    print(shape.kind, sorted(shape.attrs.items()))
    print(shape.describe("> ", **{"depth": 2}, **{"layer": 1}))
    print(shape.describe("> ", dash=True, **{"x": 0}))
    pair = (*xs, *ys)
    print(pair, (*ys, 5, *ys))
    print([*xs, *ys], {*xs, *ys}, {**base, **size})
    print(collect(k=1, **size))

    try:
        collect(**base, **{"color": "blue"})
    except TypeError as e:
        print("TypeError:", e)
    try:
        point(1, 2, z=3, **{"z": 4})
    except TypeError as e:
        print("TypeError:", e)
    try:
        collect(mode=1, **{"mode": 2})
    except TypeError as e:
        print("TypeError:", e)
    try:
        Shape("c", **{"a": 1}, **{"a": 2})
    except TypeError as e:
        print("TypeError:", e)
    try:
        shape.describe("x", **{"q": 1}, q=2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        point(*[1, 2], *[3, 4])
    except TypeError as e:
        print("TypeError:", e)


main()
