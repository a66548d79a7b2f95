# Parameters the body assigns values of other types, operators with an
# operand of unknown type and an instance, str % instance, round() and
# divmod() of instances, isinstance() of instances against built-in types,
# comparisons and unary operators of instances whose type is lost, with numbers.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, (int, float)):
            return Money(self.cents + round(other * 100))
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        return self + other

    def __round__(self, ndigits=None):
        return Money(round(self.cents, -2) if ndigits is None else self.cents)

    def __divmod__(self, other):
        return divmod(self.cents, other)

    def __rdivmod__(self, other):
        return divmod(other, self.cents)

    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)

    def __lt__(self, other):
        return self.cents < (other.cents if isinstance(other, Money) else other * 100)

    def __eq__(self, other):
        return self.cents == (other.cents if isinstance(other, Money) else other * 100)

    def __hash__(self):
        return hash(self.cents)

    def __neg__(self):
        return Money(-self.cents)

    def __abs__(self):
        return Money(abs(self.cents))

    def __float__(self):
        return self.cents / 100

    def __int__(self):
        return self.cents // 100

    def __repr__(self):
        return "Money(%d)" % self.cents


def charge(amount):
    amount = Money(amount) if isinstance(amount, int) else amount
    if amount < 0 or amount == 0:
        return "refused %s" % amount
    return "charged %s, refund %s, %s %s %s" % (amount, -amount, abs(-amount), float(amount), int(amount))


def describe(x):
    if isinstance(x, float):
        x = "%.1f" % x
    elif isinstance(x, int):
        x = [x] * 2
    return x


def scale(value, factor):
    factor = str(factor) + "x"
    return value, factor


def pick(i):
    return 2.5 if i % 2 else Money(100 * i)


def main():
    print(describe(1.25), describe(3), describe("s"), describe(Money(5)))
    print(scale(1, 0.5), scale(2, 3))
    for i in range(4):
        x = pick(i)
        print(x + Money(10), Money(10) + x, x + 1)
    total = Money(0)
    for i in range(3):
        total += pick(i)
    print(total, repr(total))
    print("%s and %r" % (Money(250), Money(7)), "%s" % Money(99))
    print(charge(250), charge(0), charge(-5), charge(Money(99)), Money(300) == 3, 3 == Money(300), 2 > Money(150))
    print(round(Money(1234)), round(Money(1234), 1), divmod(Money(1234), 100), divmod(5000, Money(7)))


if __name__ == "__main__":
    main()
