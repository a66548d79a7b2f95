# Or-patterns whose alternatives capture names: each name takes its value from the
# alternative that matched, tried left to right. A parenthesised pattern is a group, not
# a sequence unless it has a comma.
from dataclasses import dataclass


@dataclass
class Point:
    x: int
    y: int


class Loud:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  compare", self.v, "with", other)
        return self.v == other


def describe(v):
    match v:
        case int(n) | float(n):
            return f"number {n}"
        case [x, 0] | [0, x]:
            return f"pair with zero, other {x}"
        case (a, b, c) | [a, b, c, _]:
            return f"three {a} {b} {c}"
        case Point(x=0, y=w) | Point(x=w, y=0):
            return f"on an axis at {w}"
        case {"id": key} | {"key": key}:
            return f"keyed {key}"
        case str(s) | bytes(s) if len(s) > 2:
            return f"long text {s!r}"
        case ("go" | "run") as verb:
            return f"verb {verb}"
        case _:
            return "other"


def main():
    for v in [3, 2.5, [7, 0], [0, 9], (1, 2, 3), [4, 5, 6, 7], Point(0, 4), Point(5, 0), Point(1, 1),
              {"id": 1}, {"key": "k"}, "hello", b"abc", "go", "no", None]:
        print(repr(v), "->", describe(v))
    match Loud(2):
        case Loud(v=1) | Loud(v=2) as found:
            print("matched", found.v)
    for v in [(1,), 1, (2, 3)]:
        match v:
            case (1,):
                print(v, "a tuple of one")
            case (x):
                print(v, "grouped capture", x)
    match 5:
        case 1 | 2:
            print("small")
        case 4 | 5 | 6:
            print("middle")


if __name__ == "__main__":
    main()
