# Instances inside frozenset(...) and tuple(...) values keep their attributes.
from itertools import count


class State:
    __slots__ = ("id", "ch")
    ids = count()

    def __init__(self, ch=None):
        self.id = next(State.ids)
        self.ch = ch

    def __repr__(self):
        return f"S{self.id}"


def main():
    a, b, c = State("a"), State("b"), State()
    fs = frozenset([a, b, c])
    print(sorted(s.id for s in fs), sorted(str(s.ch) for s in fs), c in fs)
    t = tuple(x for x in [b, c])
    print(t, t[0].ch, [s.id for s in t], len(t))
    key = (frozenset(s.id for s in fs), "x")
    cache = {key: 1}
    print(cache[(frozenset([0, 1, 2]), "x")])


if __name__ == "__main__":
    main()
