# type(x) as a value: the class of an instance (constructing another with
# type(self)(...), comparing, printing, as a dict key), of built-in values,
# and of exceptions.


class Animal:
    def __init__(self, name):
        self.name = name

    def clone(self):
        return type(self)(self.name + "2")

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Dog(Animal):
    def speak(self):
        return "woof"


class Solo:
    def __init__(self, v=0):
        self.v = v

    def copy(self):
        return type(self)(self.v + 1)


class AppError(Exception):
    pass


def census(items):
    counts = {}
    for v in items:
        counts[type(v)] = counts.get(type(v), 0) + 1
    return counts


def main():
    print(type(3), type("a"), type([1]), type(None), type(3.5), type(True), type((1,)), type({}), type({1}))
    d = Dog("rex")
    print(type(d))
    c = d.clone()
    print(c, c.name, type(c).__name__, c.speak())
    a = Animal("cat").clone()
    print(a, type(a))
    s = Solo(1).copy()
    print(s.v, type(s), type(s) is Solo, type(s).__name__)
    t = type(d)
    print(t is Dog, t == Animal, t.__name__, t)
    print(isinstance(d, type(c)), isinstance(a, type(d)))
    conv = type(5)
    print(conv("42") + 1, type(2.5)("1.5"), type("")(3), type([])("ab"), type(0)("ff", 16))
    print(census([1, "x", 2, 3.0, "y", None, d, c, a]))
    pets = [Dog("a"), Animal("b"), Dog("c")]
    print(sorted({type(p).__name__ for p in pets}), [type(p) is Dog for p in pets])
    for exc in [ValueError("bad"), AppError("app"), KeyError("k")]:
        try:
            raise exc
        except Exception as e:
            print(type(e), type(e).__name__, type(e) is AppError)


if __name__ == "__main__":
    main()
