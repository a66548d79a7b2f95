# A property's deleter (del obj.x); calls through __getattr__ (a proxy forwarding methods to its target);
# f'{x}' of a value with __format__ calls it with an empty spec, also when x's type is not known statically.


class Temperature:
    def __init__(self):
        self._c = 20.0

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, v):
        self._c = float(v)

    @celsius.deleter
    def celsius(self):
        print("resetting")
        self._c = None


class ReadOnly:
    @property
    def value(self):
        return 1


class Rec:
    def __init__(self):
        self.v = 3

    def get(self, scale=2):
        return self.v * scale


class Proxy:
    def __init__(self, target):
        self._t = target
        self.calls = 0

    def __getattr__(self, name):
        self.calls += 1
        return getattr(self._t, name)


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.cents + o.cents)
        if isinstance(o, int):
            return Money(self.cents + o)
        return NotImplemented

    __radd__ = __add__

    def __iadd__(self, o):
        self.cents += o.cents if isinstance(o, Money) else o
        return self

    def __format__(self, spec):
        return format(self.cents / 100, spec or ".2f")

    def __repr__(self):
        return f"Money({self.cents})"


def main():
    t = Temperature()
    t.celsius = 25
    print(t.celsius)
    del t.celsius
    print(t.celsius)
    r = ReadOnly()
    try:
        del r.value
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        r.value = 2
    except AttributeError as e:
        print("AttributeError:", e)
    p = Proxy(Rec())
    print(p.v, p.get(), p.get(5), p.calls)
    q = Proxy([3, 1, 2, 2])
    print(q.count(2), q.index(1), p.calls + q.calls)
    m = Money(150) + Money(275)
    m += 5
    print(f"{m}", f"[{m:>8.1f}]", "{}".format(m), format(m), str(m), [m])
    items = [Money(1), "text", 2.5, 7]
    print([f"{x}" for x in items])


if __name__ == "__main__":
    main()
