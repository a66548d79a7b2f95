"""Attributes stored on values of unknown type: a class without a slot of that name keeps it in the instance's own
dict, as CPython adds it to __dict__; a class with __slots__ that does not list it raises AttributeError."""


class Box:
    def __init__(self, v):
        self.v = v


class Pair:
    label = "pair"

    def __init__(self, a):
        self.a = a


class Tight:
    __slots__ = ("t",)

    def __init__(self, t):
        self.t = t


def pick(i):
    return [Box(i), Pair(i), Tight(i)][i % 3]


def main():
    items = [pick(i) for i in range(5)]
    for n in items:
        try:
            n.kind = "tagged" + str(len(type(n).__name__))
        except AttributeError as e:
            print("AttributeError:", e)
    print([type(n).__name__ + ":" + getattr(n, "kind", "-") for n in items])
    for n in items:
        if not isinstance(n, Tight):
            n.kind += "!"
    print([(getattr(n, "kind", "-"), getattr(n, "label", "-")) for n in items], Pair.label)


if __name__ == "__main__":
    main()
