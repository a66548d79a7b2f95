"""namedtuple classes made inside functions, as scripts do in main(): used
there and in functions nested in it, returned to the caller, sorted, unpacked,
with defaults and _replace/_asdict/_fields."""
from collections import namedtuple
import collections


def load_rows():
    Row = namedtuple('Row', 'name qty price')
    rows = [Row('bolt', 12, 0.25), Row('nut', 40, 0.1), Row('gear', 3, 4.5)]
    return rows


def report():
    Item = collections.namedtuple('Item', ['label', 'weight'], defaults=[1])
    Pair = namedtuple('Pair', 'left, right')

    def heaviest(items):
        return max(items, key=lambda it: it.weight)

    items = [Item('a', 3), Item('b'), Item('c', 7)]
    print(items)
    print(heaviest(items), Item._fields, items[1]._asdict())
    p = Pair(items[0], items[2])
    left, right = p
    print(left.label, right.label, p.right._replace(weight=0))
    print(Item('z') == Item('z', 1), Item('z') < Item('z', 2), hash(Item('q')) == hash(('q', 1)))


def main():
    rows = load_rows()
    for r in sorted(rows, key=lambda r: r.qty * r.price):
        print(f"{r.name:>5} {r.qty:3d} {r.price:6.2f} {r.qty * r.price:7.2f}")
    print(rows[0], rows[0].price, len(rows[1]), list(rows[2]))
    report()
    Point = namedtuple('Point', 'x y')
    pts = [Point(3, 4), Point(-1, 2), Point(0, 0)]
    print(sorted(pts), [abs(complex(p.x, p.y)) for p in pts])
    print(Point._make([5, 6]), Point(1, 2)._replace(y=9), type(pts[0]).__name__)


if __name__ == "__main__":
    main()
