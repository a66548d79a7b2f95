from collections import namedtuple
import collections
from typing import NamedTuple

Point = namedtuple('Point', 'x y')
Color = collections.namedtuple('Color', ['red', 'green', 'blue'], defaults=(0,))
Pair = namedtuple("Pair", "left, right")


class Employee(NamedTuple):
    name: str
    dept: str
    salary: int = 1000

    def raise_salary(self, amount):
        return self._replace(salary=self.salary + amount)


class Vec(namedtuple('Vec', 'dx dy')):
    def length2(self):
        return self.dx * self.dx + self.dy * self.dy


def main():
    p = Point(1, 2)
    print(p, repr(p), p.x, p.y)
    print(p[0], p[1], p[-1], len(p))
    print(p == Point(1, 2), p != Point(2, 1), p < Point(1, 3), p > Point(0, 9), p <= Point(1, 2))
    q = p._replace(x=10)
    print(q, p)
    print(p._asdict(), Point._fields, p._fields)
    print(Point._make([5, 6]))
    try:
        Point._make([1, 2, 3])
    except TypeError as e:
        print("TypeError:", e)
    try:
        p[2]
    except IndexError as e:
        print("IndexError:", e)
    c = Color(255, 128)
    print(c, Color(1, 2, 3).blue)
    print(Pair(left="a", right="b"))
    emp = Employee("Ann", "eng")
    print(emp, emp.salary)
    e2 = emp.raise_salary(250)
    print(e2, e2.name, e2 == emp, e2 > emp)
    v = Vec(3, 4)
    print(v, v.length2(), v.dx)
    try:
        p._replace(z=1)
    except ValueError as e:
        print("ValueError:", e)
    match p:
        case Point(x=1, y=yy):
            print("matched y", yy)
        case _:
            print("no match")
    match v:
        case Vec(dx=a, dy=b):
            print("vec", a, b)


if __name__ == "__main__":
    main()
