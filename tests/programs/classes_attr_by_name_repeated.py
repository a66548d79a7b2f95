"""Attributes read and stored by name many times at one place (fields holding instances of unrelated classes,
so typed object), where the runtime remembers the slot a (class, name) resolved to: a deleted slot falls back to
the class attribute or raises, a class with its own __setattr__ still sees every store (also after
object.__setattr__), a subclass with another layout reads its own slot, computed names and a property too."""


class Cell:
    kind = "cell"

    def __init__(self, value):
        self.value = value
        self.next = self
        self.kind = "own"


class Box:
    def __init__(self, value):
        self.pad = 0
        self.value = value
        self.next = self


class WideCell(Cell):
    def __init__(self, value):
        self.extra = "wide"
        super().__init__(value)


class Logged:
    def __init__(self, value):
        self.log = []
        self.value = value
        self.next = self

    def __setattr__(self, key, value):
        if key != "log":
            self.log.append(key)
        object.__setattr__(self, key, value)


class Computed:
    def __init__(self, value):
        self.base = value
        self.next = self

    @property
    def value(self):
        return self.base * 10

    @value.setter
    def value(self, v):
        self.base = v + 1


def chain(items):
    for a, b in zip(items, items[1:] + items[:1]):
        a.next = b
    return items[0]


def walk(start, steps):
    total = []
    node = start
    for _ in range(steps):
        total.append(node.value)
        node.next.value = node.value
        node = node.next
    return total


def kinds(nodes):
    out = []
    for n in nodes:
        try:
            out.append(n.kind)
        except AttributeError as e:
            out.append("AttributeError: " + str(e))
    return out


def main():
    nodes = [Cell(1), Box(2), WideCell(3), Computed(4), Logged(5)]
    start = chain(nodes)
    print(walk(start, 12))
    print([n.value for n in nodes])
    print(nodes[4].log)
    mixed = [Cell(1), WideCell(2), Box(3), Cell(4)]
    print(kinds(mixed))
    del mixed[0].kind
    print(kinds(mixed))
    del mixed[3].kind
    print(kinds(mixed))
    for n in mixed:
        if not isinstance(n, Box):
            n.kind = "set again"
    print(kinds(mixed))
    names = ["va" + "lue", "ne" + "xt"]
    for n in mixed:
        for name in names:
            setattr(n, names[0], getattr(n, name) if name == "value" else 7)
    print([getattr(n, names[0]) for n in mixed])
    for i in range(3):
        for n in mixed:
            setattr(n, "pad" if isinstance(n, Box) else "value", i)
    print([n.value for n in mixed])
    del mixed[1].value
    try:
        print(mixed[1].value)
    except AttributeError as e:
        print("AttributeError:", e)
    print(walk(chain(mixed[2:]), 4))


if __name__ == "__main__":
    main()
