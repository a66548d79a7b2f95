# Fields of frozen dataclasses assigned through a subscript or an attribute chain, with computed values:
# FrozenInstanceError as in CPython, after the value is evaluated (its side effects happen first);
# instances of other classes with a field of the same name are still assigned.
from dataclasses import dataclass, FrozenInstanceError


@dataclass(frozen=True)
class Point:
    x: int
    y: int


@dataclass
class Cell:
    x: int
    label: str


class Holder:
    def __init__(self):
        self.point = Point(1, 2)
        self.cell = Cell(0, "c")


calls = []


def compute(n):
    calls.append(n)
    return n * 10


def main():
    points = [Point(1, 2), Point(3, 4)]
    try:
        points[0].x = compute(1)
    except FrozenInstanceError as e:
        print("frozen:", e, calls)
    holder = Holder()
    try:
        holder.point.y = compute(2) + 1
    except AttributeError as e:
        print(type(e).__name__, e, calls)
    holder.cell.x = compute(3)
    cells = [Cell(1, "a")]
    cells[0].x = compute(4)
    cells[0].x += compute(5)
    print(holder.cell, cells, calls)
    table = {"p": Point(5, 6)}
    try:
        table["p"].x += len("abc")
    except FrozenInstanceError as e:
        print("augmented:", e)
    mixed = [Cell(7, "m"), Point(8, 9)]
    for item in mixed:
        try:
            item.x = compute(len(calls))
            print("set", item)
        except FrozenInstanceError as e:
            print("refused", item, e)
    print(points, holder.point, table, calls)


if __name__ == "__main__":
    main()
