class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def describe(v):
    match v:
        case 0 | 1:
            return "bit"
        case [x, y, *rest] if x > 0:
            return f"seq starting {x},{y} rest={rest}"
        case (a, b):
            return f"pair {a} {b}"
        case {"kind": "circle", "r": r}:
            return f"circle r={r}"
        case str() as s:
            return "string " + s
        case None:
            return "nothing"
        case _:
            return "other"


def where(p):
    match p:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point():
            return "somewhere"


def main():
    for v in [0, 1, [3, 4, 5, 6], [-1, 2, 3], (7, 8), {"kind": "circle", "r": 2}, "hi", None, 4.5]:
        print(describe(v))
    for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1)]:
        print(where(p))


if __name__ == "__main__":
    main()
