"""Abstract base classes, class/static methods, operator overloading and hashing of value objects."""
from abc import ABC, abstractmethod
import math
from functools import total_ordering


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"Vec({self.x:g}, {self.y:g})"

    def dot(self, other):
        return self.x * other.x + self.y * other.y


@total_ordering
class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{self.kind()} {self.name}: area={self.area():.3f} perim={self.perimeter():.3f}"

    @classmethod
    def kind(cls):
        return cls.__name__.lower()

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return self.area() == other.area()

    def __hash__(self):
        return hash(self.name)


class Circle(Shape):
    def __init__(self, name, center, r):
        super().__init__(name)
        self.center = center
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    @staticmethod
    def unit():
        return Circle("unit", Vec(), 1.0)


class Polygon(Shape):
    def __init__(self, name, points):
        super().__init__(name)
        self.points = list(points)

    def area(self):
        pts = self.points
        s = sum(a.x * b.y - b.x * a.y for a, b in zip(pts, pts[1:] + pts[:1]))
        return abs(s) / 2

    def perimeter(self):
        pts = self.points
        return sum(abs(b - a) for a, b in zip(pts, pts[1:] + pts[:1]))

    def centroid(self):
        n = len(self.points)
        total = Vec()
        for p in self.points:
            total = total + p
        return total * (1 / n)


class Rect(Polygon):
    def __init__(self, name, w, h):
        super().__init__(name, [Vec(0, 0), Vec(w, 0), Vec(w, h), Vec(0, h)])
        self.w, self.h = w, h

    @classmethod
    def square(cls, name, side):
        return cls(name, side, side)

    def describe(self):
        return super().describe() + f" ({self.w}x{self.h})"


class Square(Rect):
    pass


def main():
    shapes = [
        Circle("c1", Vec(1, 1), 2.0),
        Rect("r1", 3, 4),
        Square.square("s1", 2.5),
        Polygon("tri", [Vec(0, 0), Vec(4, 0), Vec(0, 3)]),
        Circle.unit(),
    ]
    for s in sorted(shapes):
        print(s.describe())
    print("count", Shape.count, "largest", max(shapes).name, "smallest", min(shapes).name)
    try:
        Shape("abstract")
    except TypeError as exc:
        print("TypeError:", exc)
    v = Vec(3, 4)
    w = 2 * v - Vec(1, 1)
    x, y = w
    print(v, w, -v, abs(v), v.dot(w), x, y, list(v))
    print({Vec(1, 2), Vec(1, 2), Vec(2, 1)} == {Vec(2, 1), Vec(1, 2)}, Vec(1, 2) == (1, 2))
    print(shapes[3].centroid(), isinstance(shapes[2], Rect), isinstance(shapes[2], Square), type(shapes[2]).__name__)
    print(Rect("a", 2, 2) == Square.square("b", 2), Rect("a", 2, 2) <= Circle.unit())
    by_kind = {}
    for s in shapes:
        by_kind.setdefault(s.kind(), []).append(s.name)
    print(by_kind)


if __name__ == "__main__":
    main()
