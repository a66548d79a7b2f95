# Fraction arithmetic with a class of the program: Fraction's operators
# return NotImplemented for values they do not know, so the other operand's
# reflected method (__radd__, __rmul__...) runs, as in CPython.
from fractions import Fraction


class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.amount + other.amount, self.currency)
        return Money(self.amount + other, self.currency)

    def __radd__(self, other):
        return Money(other + self.amount, self.currency)

    def __mul__(self, other):
        return Money(self.amount * other, self.currency)

    def __rmul__(self, other):
        return Money(other * self.amount, self.currency)

    def __rsub__(self, other):
        return Money(other - self.amount, self.currency)

    def __rtruediv__(self, other):
        return Money(other / self.amount, self.currency)

    def __repr__(self):
        return f"Money({self.amount}, {self.currency!r})"


class Opaque:
    pass


def main():
    half = Fraction(1, 2)
    print(half * Money(4))
    print(Money(4) * half)
    print(half + Money(Fraction(2, 3)))
    print(Money(Fraction(1, 3)) + half)
    print(Fraction(3) - Money(1), Fraction(1) / Money(4))
    total = Fraction(0)
    for part in [Money(1), Money(2)]:
        total = total + part
    print(total)
    print(half * 3, 3 * half, half + 0.25, half * Fraction(2, 3))
    for op in ["+", "*", "-", "/", "//", "%"]:
        try:
            if op == "+":
                half + Opaque()
            elif op == "*":
                half * Opaque()
            elif op == "-":
                Opaque() - half
            elif op == "/":
                half / Opaque()
            elif op == "//":
                half // Opaque()
            else:
                half % Opaque()
        except TypeError as e:
            print("TypeError:", e)


main()
