# Functions stored as class attributes are methods when called through an instance:
# a module function named in the class body, a lambda there, and `Cls.name = func`
# after the class (monkeypatching), also on receivers whose type is known only at run time.


def _double(self):
    return self.v * 2


def _describe(self, prefix="obj"):
    return f"{prefix}:{type(self).__name__}:{self.v}"


class Base:
    twice = _double
    plus = lambda self, k=10: self.v + k

    def __init__(self, v):
        self.v = v

    def label(self, suffix=""):
        return f"<{self.v}{suffix}>"


class Child(Base):
    pass


class Override(Base):
    def twice(self):
        return "own twice"


Base.describe = _describe
Base.sides = 4
# Another name for a method, after the class (docutils' `visit_Text` registered under a second name).
Base.tag = Base.label
setattr(Base, "visit_b", Base.label)


class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v})"


def _num_scaled(self, factor):
    return Num(self.v * factor)


Num.scaled = _num_scaled


def main():
    c = Child(4)
    print(c.twice(), c.plus(), c.plus(k=1), c.describe(), c.describe("x"), c.sides, Base.sides)
    for obj in [Base(1), Child(2), Override(3)]:
        print(obj.twice(), obj.describe(prefix="p"), obj.plus(2))
    # A list mixing instances and other values: the calls are found by name at run time.
    mixed = [Child(5), Num(6), "text"]
    for item in mixed:
        if isinstance(item, str):
            continue
        print(item.describe() if isinstance(item, Base) else item.scaled(3))
    print(Num(7).scaled(2).scaled(2), _double(Child(8)))
    print(c.tag(), c.tag("!"), c.visit_b("?"))
    for name in ["label", "tag", "visit_b", "describe", "missing"]:
        print(name, getattr(c, name, c.label)())


main()
