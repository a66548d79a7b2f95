# A def without self in a class body is a plain function: called through the
# class it takes exactly its own arguments (factories written that way, as in
# ports from languages with static methods); called through an instance it is
# given the instance too, and raises TypeError when it has no room for it.


class Fraction:
    def __init__(self, num, den):
        self.num = num
        self.den = den

    def zero():
        return Fraction(0, 1)

    def one():
        return Fraction(1, 1)

    def from_pair(pair):
        return Fraction(pair[0], pair[1])

    def add(self, other):
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)

    def __repr__(self):
        return f"{self.num}/{self.den}"


class Decimal10(Fraction):
    def one():
        return Decimal10(10, 10)


def harmonic(n):
    total = Fraction.zero()
    for k in range(1, n + 1):
        total = total.add(Fraction(1, k))
    return total


def main():
    print(harmonic(6), Fraction.one(), Decimal10.one(), Decimal10.zero())
    print(Fraction.from_pair((3, 4)).add(Fraction.from_pair([1, 4])))
    make = Fraction.one
    print(make(), Fraction.add(Fraction.one(), Fraction.one()))
    x = Fraction(2, 3)
    try:
        x.zero()
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(x.from_pair())
    except TypeError as e:
        print("TypeError:", e)


if __name__ == "__main__":
    main()
