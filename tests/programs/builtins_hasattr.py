# hasattr(obj, name): instances (set slots, methods of every kind, properties whose getter may raise
# AttributeError, inherited and dunder names, __slots__), classes, built-in values, exceptions, modules.
import asyncio
import json as js
import math
import os.path


class Base:
    kind = "base"

    def __init__(self, x):
        self.x = x
        if x > 1:
            self.extra = x

    def area(self):
        return 1

    @staticmethod
    def make():
        return Base(0)

    @property
    def double(self):
        return self.x * 2


class Child(Base):
    def __len__(self):
        return 3


class Slotted:
    __slots__ = ("a",)

    def __init__(self):
        pass


class Lazy:
    @property
    def missing(self):
        raise AttributeError("nope")


class MyError(ValueError):
    def describe(self):
        return "mine"


def check(label, obj, names):
    print(label, [n for n in names if hasattr(obj, n)])


NAMES = ["x", "extra", "area", "make", "double", "kind", "__len__", "__iter__", "__init__", "__dict__",
         "__class__", "__weakref__", "missing", "a", "append", "upper", "real", "__getitem__", "__next__",
         "__call__", "__name__", "mro", "describe", "args", "start", "keys", "nope", "__module__", "__slots__"]


class Memo:
    def __init__(self, n):
        self.n = n

    def total(self):
        if not hasattr(self, "_total"):
            print("computing")
            self._total = sum(range(self.n))
        return self._total


class Duck:
    def quack(self):
        return "Quack"


class Robot:
    def beep(self):
        return "beep"


def speak(thing):
    if hasattr(thing, "quack"):
        return thing.quack()
    return "silent"


def flatten(items):
    out = []
    for x in items:
        if hasattr(x, "__iter__") and not isinstance(x, str):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out


def module_features():
    # Feature tests of modules by a written-out name, as CPython 3.11 answers them.
    print(hasattr(asyncio, "eager_task_factory"), hasattr(asyncio, "gather"), hasattr(js, "fast_dumps"))
    print(hasattr(math, "pi"), hasattr(math, "nope"), hasattr(os, "nosuch"), hasattr(os.path, "join"))
    print(getattr(math, "nope", 7), getattr(math, "pi", 3))
    factory = getattr(asyncio, "eager_task_factory", None)
    print("eager tasks" if factory is not None else "plain tasks")


def main():
    module_features()
    check("Base(1)", Base(1), NAMES)
    check("Base(2)", Base(2), NAMES)
    check("Child(5)", Child(5), NAMES)
    check("Slotted", Slotted(), NAMES)
    check("Lazy", Lazy(), NAMES)
    check("int", 3, NAMES)
    check("float", 1.5, NAMES)
    check("str", "s", NAMES)
    check("list", [1], NAMES)
    check("dict", {1: 2}, NAMES)
    check("range", range(3), NAMES)
    check("None", None, NAMES)
    check("tuple", (1,), NAMES)
    check("gen", (i for i in range(2)), NAMES)
    check("iter", iter([1]), NAMES)
    check("func", main, NAMES)
    check("class Base", Base, NAMES)
    check("class int", int, NAMES)
    check("error", MyError("e"), NAMES)
    check("bytes", b"x", NAMES)
    values = [1, "a", [2], Base(3), None, 2.5]
    print([hasattr(v, "__iter__") for v in values], [hasattr(v, "area") for v in values])
    try:
        hasattr(3, 4)
    except TypeError as e:
        print("TypeError:", e)
    m = Memo(10)
    print(m.total(), m.total())
    print(speak(Duck()), speak(Robot()))
    print(flatten([1, [2, [3, "ab"]], (4, 5), {6}]))
    name = "be" + "ep"
    print(hasattr(Robot(), name), hasattr(Duck(), name), getattr(Robot(), "beep")())


if __name__ == "__main__":
    main()
