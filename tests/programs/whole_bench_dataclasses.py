# Dataclasses: construction, repr, equality, ordering (after pyperformance's dataclasses benchmarks).
from dataclasses import dataclass, field


@dataclass
class Point:
    x: int
    y: int = 0

    def norm1(self):
        return abs(self.x) + abs(self.y)


@dataclass(order=True)
class Item:
    priority: int
    name: str = ""
    tags: list = field(default_factory=list)


def main():
    pts = [Point(i, i * 2 - 5) for i in range(5)]
    print(pts[0], pts[-1])
    print(Point(1, 2) == Point(1, 2), Point(1) == Point(1, 3))
    print(sum(p.norm1() for p in pts))
    items = [Item(3, "c"), Item(1, "a"), Item(2, "b", ["x"])]
    items.sort()
    print(items)
    items[0].tags.append("first")
    print(items[0].tags, items[1].tags)


if __name__ == "__main__":
    main()
