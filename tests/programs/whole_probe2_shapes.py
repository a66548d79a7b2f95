"""Inheritance hierarchy with an abstract-ish base, class/static methods, properties, __slots__ and sorting."""
import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name:<10} area={self.area():>9.3f} perim={self.perimeter():>8.3f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return type(self) is type(other) and self.area() == other.area()

    def __hash__(self):
        return hash((type(self).__name__, round(self.area(), 9)))

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self._r = r

    @property
    def radius(self):
        return self._r

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._r = value

    def area(self):
        return math.pi * self._r ** 2

    def perimeter(self):
        return 2 * math.pi * self._r


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w = w
        self.h = h

    @classmethod
    def square(cls, side):
        return cls(side, side, "square")

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Triangle(Shape):
    def __init__(self, a, b, c):
        if not Triangle.valid(a, b, c):
            raise ValueError(f"invalid triangle {a}, {b}, {c}")
        super().__init__("triangle")
        self.sides = (a, b, c)

    @staticmethod
    def valid(a, b, c):
        x, y, z = sorted((a, b, c))
        return x + y > z

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return math.sqrt(s * (s - a) * (s - b) * (s - c))


class Blob(Shape):
    def __init__(self):
        super().__init__("blob")


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __iter__(self):
        yield self.x
        yield self.y

    def distance(self, other):
        return math.hypot(self.x - other.x, self.y - other.y)


def polygon_area(points):
    n = len(points)
    acc = 0.0
    for i in range(n):
        x1, y1 = points[i]
        x2, y2 = points[(i + 1) % n]
        acc += x1 * y2 - x2 * y1
    return abs(acc) / 2


def main():
    shapes = [Circle(1.5), Rect(3, 4), Rect.square(2.5), Triangle(3, 4, 5), Circle(0.5), Triangle(5, 5, 8)]
    for s in sorted(shapes):
        print(s.describe())
    print("largest:", max(shapes), "smallest:", min(shapes, key=lambda s: s.perimeter()))
    print("total area: %.4f" % sum(s.area() for s in shapes))
    by_kind = {}
    for s in shapes:
        by_kind.setdefault(type(s).__name__, []).append(round(s.area(), 2))
    print(by_kind)
    c = Circle(1.5)
    shapes[0] = c
    c.radius = 2
    print(c.radius, f"{c.area():.5f}", isinstance(c, Shape), isinstance(c, Rect))
    for k in range(3):
        try:
            if k == 0:
                c.radius = -1
            elif k == 1:
                Triangle(1, 2, 10)
            else:
                Blob().area()
        except (ValueError, NotImplementedError) as e:
            print(type(e).__name__, e)
    try:
        Blob().perimeter()
    except NotImplementedError as e:
        print("NotImplementedError", repr(e))
    print(Shape.count, len({Rect(2, 3), Rect(3, 2), Rect(1, 6), Circle(1)}))
    pts = [Point(0, 0), Point(4, 0), Point(4, 3), Point(0, 3)]
    print(polygon_area(pts), pts[0].distance(pts[2]), list(pts[2]))


if __name__ == "__main__":
    main()
