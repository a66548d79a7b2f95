"""A subclass of str (and int) with both __new__ and __init__: __new__ makes the value, then __init__ runs with the
same arguments on the instance."""


class Tag(str):
    def __new__(cls, value, kind="plain"):
        obj = super().__new__(cls, value.lower())
        obj.kind = kind
        return obj

    def __init__(self, value, kind="plain"):
        self.original = value
        self.loud = value.upper()

    def describe(self):
        return f"{self}:{self.kind}:{self.original}:{self.loud}"


class Cents(int):
    def __new__(cls, amount):
        return super().__new__(cls, round(amount * 100))

    def __init__(self, amount):
        self.source = amount

    def __repr__(self):
        return f"Cents({int(self)} from {self.source})"


def main():
    t = Tag("Hello", "greeting")
    print(t, t.kind, t.original, t.loud, len(t), t.upper(), isinstance(t, str), t == "hello", t.describe())
    u = Tag("World")
    print(u.describe(), u + "!", "-".join([t, u]), sorted([u, t]))
    k = Tag(value="KeyWord", kind="kw")
    print(k.describe(), k.startswith("key"))
    c = Cents(12.345)
    print(c, repr(c), c + 5, c * 2, isinstance(c, int), c.source, [Cents(0.5), Cents(2)])


if __name__ == "__main__":
    main()
