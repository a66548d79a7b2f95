"""A property with a setter assigned through a value of unknown type (lib2to3's Node.prefix next to Leaf's plain prefix attribute): the setter runs, as for CPython's data descriptor; a property without one raises AttributeError."""


class Base:
    parent = None


class Node(Base):
    def __init__(self, children):
        self.children = children

    @property
    def prefix(self):
        return self.children[0].prefix

    @prefix.setter
    def prefix(self, value):
        self.children[0].prefix = value

    def __str__(self):
        return "".join(map(str, self.children))


class Frozen(Base):
    def __init__(self):
        self.prefix_seen = 0

    @property
    def prefix(self):
        return "frozen"


class Leaf(Base):
    def __init__(self, value, prefix=""):
        self.value = value
        self.prefix = prefix

    def __str__(self):
        return self.prefix + self.value


def main():
    items = [Node([Leaf("x", " "), Leaf("y", " ")]), Leaf("z", "  "), "s"]
    for it in items[:2]:
        print(repr(str(it)), repr(it.prefix))
        it.prefix = ""
        print(repr(str(it)), repr(it.prefix))
    for thing in [Frozen(), Leaf("q"), 3]:
        if not isinstance(thing, int):
            try:
                thing.prefix = "new"
                print("set", thing.prefix)
            except AttributeError as e:
                print("AttributeError:", e)
    n = Node([Node([Leaf("a", "   ")])])
    n.prefix = "-"
    print(str(n))


if __name__ == "__main__":
    main()
