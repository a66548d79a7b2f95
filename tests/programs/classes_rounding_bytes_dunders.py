# math.floor/ceil/trunc through __floor__/__ceil__/__trunc__ (whatever they return), bytes(x) through __bytes__,
# with the other numeric conversion dunders and a dict subclass's __missing__.
import math


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __int__(self):
        return self.cents // 100

    def __float__(self):
        return self.cents / 100

    def __floor__(self):
        return ("floor", self.cents // 100)

    def __ceil__(self):
        return -(-self.cents // 100)

    def __round__(self, n=None):
        return round(self.cents / 100, n)

    def __trunc__(self):
        return int(self.cents / 100)

    def __divmod__(self, other):
        return divmod(self.cents, other)

    def __invert__(self):
        return Money(-self.cents)

    def __pos__(self):
        return self

    def __lshift__(self, n):
        return Money(self.cents << n)

    def __bytes__(self):
        return str(self.cents).encode()

    def __repr__(self):
        return f"Money({self.cents})"


class Defaults(dict):
    def __missing__(self, key):
        return f"<{key}>"


def main():
    m = Money(1234)
    print(int(m), float(m), math.floor(m), math.ceil(m), round(m), round(m, 1), math.trunc(m))
    print(divmod(m, 7), ~m, +m, m << 2, bytes(m))
    d = Defaults(a=1)
    print(d["a"], d["zz"], d.get("zz"), "zz" in d)


main()
