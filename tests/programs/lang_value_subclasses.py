# Subclasses of the built-in value types without their own __init__/__new__: class Name(str),
# class Big(int), class Meters(float). Instances are the value for its methods, operators, formatting,
# hashing and comparisons (dict keys, sorting, max), are instances of the built-in for isinstance(),
# and have the subclass's own methods.
import math


class Meters(float):
    def double(self):
        return Meters(self * 2)

    def describe(self):
        return f"{self:.1f} m"


class Name(str):
    def shout(self):
        return self.upper() + "!"

    def initials(self):
        return "".join(part[0] for part in self.split())


class Big(int):
    def is_big(self):
        return self > 100


def main():
    m = Meters(2.5)
    print(m + 1, m.double(), f"{m:.2f}", m.describe(), m * m, 10 - m, m < 3, -m, abs(Meters(-1.5)), round(m), str(m), repr(m))
    print(isinstance(m, float), isinstance(m, Meters), type(m).__name__, m == 2.5, int(m), float(m), m.is_integer())
    n = Name("bob smith")
    print(n.shout(), n.upper(), len(n), n == "bob smith", n.initials(), n + "!", "<" + n, n[0], n.title(), repr(n), f"[{n:>12}]")
    print(isinstance(n, str), sorted([Name("b"), Name("a")]), {n: 1}["bob smith"], "bob smith" in [n], n.split(), n.startswith("bo"))
    b = Big(200)
    print(b.is_big(), b + 1, b * 2, b // 3, b % 7, Big(5).is_big(), b == 200, isinstance(b, int), b.bit_length(), f"{b:05d}", hash(b) == hash(200))
    names = [Name(x) for x in ["zed", "amy", "bob"]]
    print(max(names), min(names), [x.shout() for x in sorted(names)])
    total = Meters(0.0)
    for step in [Meters(1.5), Meters(2.0)]:
        total = Meters(total + step)
    print(total, total.describe())
    print(math.sqrt(Meters(6.25)), math.floor(Meters(2.7)), math.isclose(Meters(0.1) + 0.2, 0.3))

if __name__ == "__main__":
    main()
