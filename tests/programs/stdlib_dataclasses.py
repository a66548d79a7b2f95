from dataclasses import dataclass, field
import dataclasses
from typing import ClassVar


@dataclass
class Point:
    x: int
    y: float = 0.0


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


@dataclass
class Bag:
    name: str
    items: list = field(default_factory=list)
    count: ClassVar[int] = 0
    tags: dict = field(default_factory=dict, repr=False)

    def add(self, item):
        self.items.append(item)
        Bag.count += 1


@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self):
        self.area = self.width * self.height


@dataclass
class Point3(Point):
    z: int = 0


@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = "b"


def main():
    p = Point(1, 2.5)
    print(p)
    print(repr(p), str(p))
    print(p == Point(1, 2.5), p != Point(1, 2.5), p == Point(2))
    print(Point(3))
    q = Point(x=4, y=-1.5)
    q.x += 1
    print(q.x, q.y)
    vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 0)]
    print(vs[0] < vs[1], vs[1] < vs[0], vs[0] <= vs[3], vs[0] >= vs[3], vs[2] > vs[0])
    best = vs[0]
    for v in vs:
        if v > best:
            best = v
    print("best", best)
    b1 = Bag("one")
    b2 = Bag("two")
    b1.add("apple")
    b1.add("pear")
    b2.add("fig")
    print(b1, b2, Bag.count)
    print(b1.items is b2.items, b1.tags)
    b3 = Bag("three", ["x"])
    print(b3)
    r = Rect(2.0, 3.5)
    print(r, r.area)
    p3 = Point3(1, 2.0, 3)
    print(p3, Point3(7))
    f = Frozen(1)
    print(f, f == Frozen(1, "b"))
    try:
        f.a = 5
    except dataclasses.FrozenInstanceError as e:
        print("frozen:", e)
    try:
        f.b = "zz"
    except AttributeError as e:
        print("attr:", e)
    print(f.a, f.b)
    # frozen dataclasses hash their fields (dict keys, sets); assignments through any expression are refused
    print(hash(f) == hash(Frozen(1)), {Frozen(2, "x"): "two"}[Frozen(2, "x")], len({Frozen(1), Frozen(1, "b"), Frozen(3)}))
    frozen_items = [Frozen(7)]
    try:
        frozen_items[0].a = 8
    except dataclasses.FrozenInstanceError as e:
        print("frozen:", e, frozen_items[0].a)
    print(dataclasses.replace(p, y=9.0), p)
    print(dataclasses.asdict(r), dataclasses.astuple(p))
    print([fl.name for fl in dataclasses.fields(r)])


if __name__ == "__main__":
    main()
