"""Attributes set by computed name: setattr/getattr/delattr, writes through __dict__ and vars()."""
import copy


class Config:
    def __init__(self, name, **kw):
        self.name = name
        for k, v in kw.items():
            setattr(self, k, v)

    def describe(self):
        return ", ".join(f"{k}={v!r}" for k, v in vars(self).items())


class Record:
    def __init__(self, data):
        self.__dict__.update(data)


class Node:
    def __init__(self, kind):
        self.kind = kind


class Settings(Config):
    def __init__(self, **kw):
        super().__init__("settings", **kw)
        self.loaded = True


def build(cls, fields):
    obj = cls("built")
    for name in fields:
        setattr(obj, name, len(name))
    return obj


class Lazy:
    """__getattr__ runs only for names the instance's dict does not have (yet)."""

    def __init__(self):
        self.loaded = []

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        value = name.upper()
        setattr(self, name, value)
        self.loaded.append(name)
        return value


class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


def main():
    c = Config("x", depth=3, width=4.5)
    print(getattr(c, "depth"), c.depth + 1)
    print(vars(c))
    setattr(c, "extra", [1, 2])
    print(c.__dict__)
    print(getattr(c, "nope", None), hasattr(c, "width"), hasattr(c, "nope"))
    delattr(c, "depth")
    print(vars(c))
    try:
        getattr(c, "depth")
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print(c.depth)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        delattr(c, "depth")
    except AttributeError as e:
        print("AttributeError:", e)
    print(c.describe())
    r = Record({"id": 7, "title": "t"})
    print(r.id, r.title, vars(r))
    r.__dict__["score"] = 9.5
    vars(r)["id"] = 8
    print(r.score, r.id, r.__dict__)
    del r.__dict__["title"]
    print(hasattr(r, "title"), vars(r))
    r.__dict__.update(rank=1)
    print(r.rank, vars(r))
    n = Node("leaf")
    for i, key in enumerate(["left", "right"]):
        setattr(n, key, i)
    print(n.left, n.right, sorted(vars(n)))
    del n.kind
    print(vars(n))
    st = Settings(verbose=False, level=2)
    print(vars(st), st.level, isinstance(st, Config))
    for name in ("verbose", "level", "loaded", "missing"):
        print(name, hasattr(st, name), getattr(st, name, "-"))
    b = build(Config, ["alpha", "be", "c"])
    print(b.describe(), b.alpha)
    b2 = copy.copy(b)
    setattr(b2, "alpha", 0)
    b3 = copy.deepcopy(b)
    b3.c = "deep"
    print(b.alpha, b2.alpha, vars(b3))
    z = Lazy()
    print(z.alpha, z.beta, z.alpha, z.loaded, vars(z))
    print(getattr(z, "gamma"), z.loaded, vars(z))
    s = Slotted()
    try:
        setattr(s, "b", 2)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        setattr(c, 5, 1)
    except TypeError as e:
        print("TypeError:", e)


if __name__ == "__main__":
    main()
