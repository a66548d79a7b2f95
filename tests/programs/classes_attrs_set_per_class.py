# Class attributes set through a subclass or outside the class body: CPython binds the name in
# that class's own __dict__, which the class, its subclasses and their instances then see first.


class Base:
    n = 0
    count = 0
    scale = 1.0

    def __init__(self, name):
        self.name = name
        self.__class__.count += 1

    @classmethod
    def bump(cls):
        cls.n += 1
        return cls.n

    @classmethod
    def grow(cls, f):
        cls.scale *= f
        return cls.scale

    def describe(self):
        return f"{type(self).__name__}({self.name}): n={self.n} count={self.count} scale={self.scale}"


class Sub(Base):
    pass


class Other(Base):
    n = 10


class Leaf(Sub):
    pass


class Counter:
    made = 0

    def __init__(self):
        type(self).made += 1


class Fast(Counter):
    pass


Leaf.tag = "leaf"


def register(name):
    Base.registry_name = name


def main():
    print(Base.bump(), Sub.bump(), Sub.bump(), Leaf.bump(), Base.n, Sub.n, Leaf.n)
    Sub.n = 5
    print(Base.n, Sub.n, Other.n, Other.bump(), Leaf.n)
    objs = [Base("a"), Sub("b"), Sub("c"), Leaf("d"), Other("e")]
    print(Base.count, Sub.count, Leaf.count, Other.count)
    print(Sub.grow(2.0), Leaf.grow(1.5), Base.scale)
    for o in objs:
        print(o.describe())
    Base.scale = 0.25
    for o in objs:
        print(o.describe())
    print(Leaf.tag, objs[3].tag)
    try:
        print(Sub.tag)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print(objs[1].tag)
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        print(Base.registry_name)
    except AttributeError as e:
        print("AttributeError:", e)
    register("plugins")
    for k in [Base, Leaf]:
        print(k.__name__, hasattr(k, "registry_name"), getattr(k, "registry_name", "-"))
    print(Base.registry_name, Leaf.registry_name, objs[4].registry_name)
    print(hasattr(Leaf, "tag"), hasattr(Sub, "tag"), getattr(Leaf, "n"), getattr(objs[2], "count"))
    for k in [Base, Sub, Leaf]:
        print(k.__name__, hasattr(k, "registry_name"), getattr(k, "registry_name", "-"), hasattr(k, "tag"), getattr(k, "tag", "-"))
    for k in [Base, Sub, Leaf, Other]:
        print(k.__name__, k.n, k.count, getattr(k, "scale"))
    for _ in range(3):
        Fast()
    Counter()
    print(Counter.made, Fast.made)
    objs[1].n = 99
    print(objs[1].n, objs[2].n, Sub.n)
    # del Sub.n: Sub's own n is gone, so Base's is read again
    del Sub.n
    print(Sub.n, objs[2].n, Leaf.n)
    try:
        del Sub.n
    except AttributeError as e:
        print("AttributeError:", e)
    Sub.scale = 4.5
    del Leaf.scale
    print(Leaf.scale, Leaf.grow(2.0), Sub.scale)


main()
