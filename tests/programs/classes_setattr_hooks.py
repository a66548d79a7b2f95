"""A class's own __setattr__ / __delattr__: every store and delete of its instances' attributes calls them."""


class Tracked:
    def __init__(self, name):
        self.changes = []
        self.name = name

    def __setattr__(self, key, value):
        if key != "changes":
            self.changes.append((key, value))
        super().__setattr__(key, value)


class Point(Tracked):
    def __init__(self, x, y):
        super().__init__("point")
        self.x = x
        self.y = y

    def move(self, dx):
        self.x += dx


class Record:
    """Keeps its fields in a dict, as a proxy or a config object does."""

    def __init__(self, **fields):
        object.__setattr__(self, "_fields", dict(fields))

    def __getattr__(self, key):
        try:
            return self._fields[key]
        except KeyError:
            raise AttributeError(key) from None

    def __setattr__(self, key, value):
        self._fields[key] = value

    def __delattr__(self, key):
        del self._fields[key]


class Frozen:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, key, value):
        raise AttributeError(f"cannot set {key!r}: {type(self).__name__} is frozen")

    def __delattr__(self, key):
        raise AttributeError(f"cannot delete {key!r}")

    def __repr__(self):
        return f"Frozen({self.x}, {self.y})"


class Validated:
    def __setattr__(self, key, value):
        if not isinstance(value, int):
            raise TypeError(f"{key} must be int, not {type(value).__name__}")
        object.__setattr__(self, key, value * 10)


def main():
    t = Tracked("a")
    t.name = "b"
    t.extra = 3
    print(t.name, t.extra, t.changes)
    p = Point(1, 2)
    p.move(5)
    print(p.x, p.y, p.changes)
    setattr(p, "y", 9)
    print(p.y, p.changes[-1])

    r = Record(a=1)
    r.b = 2
    print(r.a, r.b, sorted(r._fields.items()))
    del r.a
    print(hasattr(r, "a"), getattr(r, "a", "gone"))

    f = Frozen(1, 2)
    print(f)
    for attempt in (lambda: setattr(f, "x", 5), lambda: delattr(f, "y")):
        try:
            attempt()
        except AttributeError as e:
            print("AttributeError:", e)
    try:
        f.x = 3
    except AttributeError as e:
        print("AttributeError:", e)
    print(f.x, f.y)

    v = Validated()
    v.n = 4
    print(v.n)
    try:
        v.s = "x"
    except TypeError as e:
        print("TypeError:", e)


if __name__ == "__main__":
    main()
