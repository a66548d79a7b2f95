"""class P(namedtuple(...)) with the documented `__slots__ = ()`, a property and __str__ (the Python docs example), and one whose body is only __slots__."""
from collections import namedtuple


class Point(namedtuple('Point', 'x y')):
    __slots__ = ()

    @property
    def hypot(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __str__(self):
        return 'Point: x=%6.3f  y=%6.3f  hypot=%6.3f' % (self.x, self.y, self.hypot)


def main():
    for p in Point(3, 4), Point(14, 5 / 7):
        print(p)
    print(Point(1, 2), Point(1, 2)._replace(x=5))


if __name__ == "__main__":
    main()


class Pair(namedtuple('Pair', ['left', 'right'])):
    __slots__ = ()


def pairs():
    p = Pair(1, 'b')
    a, b = p
    print(p, a, b, p.left, p.right, len(p), p._asdict())
    print(sorted([Pair(2, 'x'), Pair(1, 'y')]), Pair._fields)


pairs()


class Sized:
    """A mixin after the namedtuple base: its property and methods reach the subclass."""

    @property
    def total(self):
        return self.left + self.right

    def doubled(self):
        return self.total * 2

    def __repr__(self):
        return 'shadowed by the tuple repr'


class Span(namedtuple('Span', 'left right'), Sized):
    def width(self):
        return self.right - self.left


def spans():
    s = Span(2, 7)
    print(s, s.total, s.doubled(), s.width(), isinstance(s, Sized))


spans()
