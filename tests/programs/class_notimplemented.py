"""NotImplemented from operator methods: reflected operands, subclass-first, == by identity, TypeError wording,
total_ordering and in-place fallbacks, on typed and boxed operands."""
import functools


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented

    def __rmul__(self, k):
        return self.__mul__(k)

    def __eq__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Point3(Vec):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __radd__(self, other):
        print("Point3.__radd__ first")
        return Point3(self.x + other.x, self.y + other.y, self.z)

    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"


class Scale:
    def __init__(self, k):
        self.k = k

    def __rmul__(self, other):
        if isinstance(other, Vec):
            return Vec(other.x * self.k, other.y * self.k)
        return NotImplemented

    def __eq__(self, other):
        print("Scale.__eq__ called")
        return NotImplemented


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, item):
        if isinstance(item, str):
            self.items.append(item)
            return self
        return NotImplemented

    def __add__(self, other):
        r = Acc()
        r.items = self.items + [repr(other)]
        return r


@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


class Temp:
    def __init__(self, c):
        self.c = c

    def __lt__(self, other):
        if isinstance(other, Temp):
            return self.c < other.c
        if isinstance(other, (int, float)):
            return self.c < other
        return NotImplemented

    def __repr__(self):
        return f"{self.c}C"


class Money:
    def __init__(self, cents, cur):
        self.cents = cents
        self.cur = cur

    def __eq__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents == other.cents and self.cur == other.cur

    def __lt__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return self.cents < other.cents

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other, self.cur)
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.cents + other.cents, self.cur)

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __repr__(self):
        return f"Money({self.cents}, {self.cur!r})"


def money_demo():
    a = Money(100, "EUR")
    b = Money(250, "EUR")
    print(a == b, a == Money(100, "EUR"), a == 3, a != "x")
    print(a < b, b < a)
    try:
        print(a < 3)
    except TypeError as e:
        print("TypeError:", e)
    print(a + b, a + 5)
    print(sum([a, b]))
    try:
        print(a + "x")
    except TypeError as e:
        print("TypeError:", e)
    try:
        print("x" + a)
    except TypeError as e:
        print("TypeError:", e)




def main():
    money_demo()
    a = Vec(1, 2)
    b = Vec(3, 4)
    print(a + b, a * 3, 2 * a, a * Scale(10))
    print(a + Point3(1, 1, 9))
    try:
        a + 1
    except TypeError as e:
        print("TypeError:", e)
    try:
        a * "s"
    except TypeError as e:
        print("TypeError:", e)
    print(a == Vec(1, 2), a != Vec(1, 2), a == 5, a != 5, a == Scale(1), Scale(2) == Scale(2))
    s = Scale(3)
    print(s == s, s != s)
    print(a.__eq__(5), a.__eq__(5) is NotImplemented, repr(NotImplemented), NotImplemented)
    acc = Acc()
    acc += "x"
    acc += "y"
    acc += 5
    print(acc.items)
    vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
    print(sorted(vs), max(vs), Version(1, 0) <= Version(1, 0), Version(2, 0) > Version(1, 5), Version(1, 0) >= Version(1, 1))
    try:
        print(Version(1, 0) < 3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(Version(1, 0) >= "x")
    except TypeError as e:
        print("TypeError:", e)
    print(Version(1, 0) == "1.0", Version(1, 0) in [1, Version(1, 0)], vs.index(Version(1, 0)))
    temps = [Temp(20), Temp(5), Temp(12)]
    print(sorted(temps), Temp(3) < 4, 4 > Temp(3), 2 > Temp(3))
    try:
        print(Temp(1) > Temp(2))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(Temp(1) <= "a")
    except TypeError as e:
        print("TypeError:", e)
    mixed = [a, 3, "s", Vec(1, 2)]
    print([m == a for m in mixed], mixed.count(a), {a: 1, Vec(1, 2): 2})
    total = Vec(0, 0)
    for v in [a, b, Vec(5, 5)]:
        total += v
    print(total)
    try:
        total += 3
    except TypeError as e:
        print("TypeError:", e)
    d = {1: "one", "k": a}
    w = d["k"]
    print(w + b, w * 2, 3 * w, w == a, w == 3)


if __name__ == "__main__":
    main()
