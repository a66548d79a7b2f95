# sum() over user objects: __add__/__radd__ reached through the runtime's
# generic addition, with and without a start value, from lists and generators.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        return self.__add__(other)

    def __repr__(self):
        return f"Money({self.cents // 100}.{self.cents % 100:02d})"


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


class Poly:
    """Polynomial with int coefficients; 0 + p works through __radd__."""

    def __init__(self, coeffs):
        self.coeffs = list(coeffs)

    def __add__(self, other):
        if isinstance(other, int):
            other = Poly([other])
        n = max(len(self.coeffs), len(other.coeffs))
        a = self.coeffs + [0] * (n - len(self.coeffs))
        b = other.coeffs + [0] * (n - len(other.coeffs))
        return Poly([x + y for x, y in zip(a, b)])

    __radd__ = __add__

    def __str__(self):
        terms = []
        for i, c in enumerate(self.coeffs):
            if c:
                terms.append(f"{c}x^{i}" if i else str(c))
        return " + ".join(terms) or "0"


def main():
    items = [Money(150), Money(275), Money(5)]
    print(sum(items))
    print(sum(items, Money(1000)))
    print(sum(m for m in items if m.cents > 100))
    print(sum([], Money(0)))
    print(sum([]))
    vs = [Vec(1, 2), Vec(3, 4), Vec(-1, 0)]
    print(sum(vs, Vec(0, 0)))
    print(sum(vs[1:], vs[0]))
    try:
        print(sum(vs))
    except TypeError as e:
        print("TypeError:", e)
    polys = [Poly([1, 2]), Poly([0, 0, 3]), Poly([4])]
    print(sum(polys))
    print(sum(polys, 10))
    total = 0
    for m in items:
        total = m + total
    print(total)


if __name__ == "__main__":
    main()
