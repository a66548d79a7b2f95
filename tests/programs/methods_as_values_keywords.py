# Bound methods, classmethods and staticmethods taken as values and called with keywords
# (kept in lists and dicts, passed as arguments, from getattr, on values of unknown type).

class B:
    def __init__(self, v):
        self.v = v
    def get(self, scale=1, *, off=0):
        return self.v * scale + off
    @classmethod
    def make(cls, v=3, *, k=0):
        return cls(v + k)
    @staticmethod
    def st(a, b=2, *, c=0):
        return a + b + c

class C(B):
    def get(self, scale=1, *, off=0):
        return super().get(scale=scale, off=off) + 100

def call_it(fn):
    return fn(off=7)

def main_bound():
    b = B(10)
    m = b.get
    print(m(scale=2, off=1))
    print(getattr(b, "get")(off=5))
    lst = [b.get, B(3).get]
    for f in lst:
        print(f(scale=3))
    d = {"g": b.get}
    print(d["g"](off=9, scale=2))
    print(call_it(b.get))
    c = C(4)
    print(c.get(scale=2, off=1))
    mk = B.make
    print(mk(v=5, k=1).v)
    s = B.st
    print(s(1, c=5), s(a=1, b=3))
    print(b.make(k=2).v, b.st(a=4))
    xs = [b, c]
    for x in xs:
        print(x.get(off=2))


class A:
    def get(self, scale=1, *, off=0):
        return ("A", scale, off)
    def name(self):
        return "a"

class Z:
    def get(self, scale=5, *, off=3):
        return ("Z", scale, off)

def pick(i):
    return A() if i == 0 else (Z() if i == 1 else 7)

def main_dynamic():
    items = [A(), Z(), A()]
    for x in items:
        print(x.get(off=2), x.get(4, off=1), x.get(scale=9))
    y = pick(1)
    print(y.get(off=11))
    ms = [x.get for x in items]
    for m in ms:
        print(m(off=1))
    table = {"a": A().get, "z": Z().get}
    for k in sorted(table):
        print(k, table[k](scale=0, off=-1))
    g = getattr(items[1], "get")
    print(g(scale=7))
    try:
        print(items[0].get(bad=1))
    except TypeError as e:
        print("TypeError", e)
    try:
        m = items[0].get
        m(bad=1)
    except TypeError as e:
        print("TypeError", e)
    try:
        getattr(items[0], "get")(1, 2)
    except TypeError as e:
        print("TypeError", e)



def main():
    main_bound()
    main_dynamic()


main()
