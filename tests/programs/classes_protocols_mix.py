# Class protocols real programs lean on: __next__ iterators, the __getitem__ sequence protocol (also for
# `in`), operator dunders with sum(), context managers whose __exit__ gets the exception's class and
# suppresses it, property setters that validate, x.__class__.__name__, issubclass() of run-time classes.
import functools
from dataclasses import dataclass, field
from enum import Enum


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i


class Vec:
    instances = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y
        Vec.instances += 1

    @classmethod
    def zero(cls):
        return cls(0, 0)

    def __add__(self, other):
        if isinstance(other, int):
            return Vec(self.x + other, self.y + other)
        return Vec(self.x + other.x, self.y + other.y)

    def __radd__(self, other):
        return self + other

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __repr__(self):
        return f"Vec({self.x!r}, {self.y!r})"

    def __format__(self, spec):
        return "<" + format(self.x, spec) + "," + format(self.y, spec) + ">"


class Vec3(Vec):
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return super().__repr__()[:-1] + f", {self.z})"


class Suppress:
    def __init__(self):
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, (KeyError, ZeroDivisionError)):
            self.caught.append(type(exc).__name__ + ": " + str(exc))
            return True
        return False


class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._c

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._c = value


class Color(Enum):
    RED = "r"
    GREEN = "g"

    def describe(self):
        return f"{self.name.lower()}({self.value})"


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)


def logged(prefix):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            result = fn(*args, **kwargs)
            print(f"{prefix}{fn.__name__}{args} -> {result}")
            return result
        return wrapper
    return deco


@logged("call ")
def area(w, h=1, *, scale=1):
    return w * h * scale


def make_counter():
    count = 0

    def bump(by=1):
        nonlocal count
        count += by
        return count
    return bump


def averager():
    total = 0.0
    n = 0
    avg = None
    while True:
        value = yield avg
        total += value
        n += 1
        avg = total / n


def main():
    print(list(Countdown(3)), list(Squares()), 9 in Squares(), sum(Countdown(4)))
    a, b = Vec(1, 2), Vec.zero()
    c = a + Vec(3, 4)
    c += a
    print(c, -c, a + 1, sum([a, a], Vec(0, 0)), bool(b), bool(a), Vec.instances)
    print({a, Vec(1, 2), b}, a == Vec(1, 2), a != b, f"{a:>4}", f"{c!r}")
    v3 = Vec3(1, 2, 3)
    print(v3, v3 + a, isinstance(v3, Vec), type(v3).__name__, v3.__class__.__name__)
    s = Suppress()
    with s:
        {}["missing"]
    with s:
        1 / 0
    try:
        with s:
            raise ValueError("not suppressed")
    except ValueError as e:
        print("escaped:", e)
    print(s.caught)
    t = Temperature(20)
    t.celsius = 25.5
    try:
        t.celsius = -300
    except ValueError as e:
        print("ValueError:", e, t.celsius)
    print(Color.RED.describe(), Color("g"), [c.name for c in Color], Color.GREEN in Color)
    tasks = sorted([Task(3, "c"), Task(1, "a", ["x"]), Task(2, "b")])
    print([t.name for t in tasks], tasks[0], Task(1, "z") == Task(1, "y"))
    print(area(2, 3), area(4, scale=2), area.__name__)
    bump = make_counter()
    bump(), bump(5)
    print(bump())
    g = averager()
    next(g)
    print([g.send(x) for x in (10, 20, 60)])
    try:
        try:
            int("x")
        except ValueError as e:
            raise RuntimeError("wrapped") from e
    except RuntimeError as e:
        print(type(e.__cause__).__name__, e.__cause__, e)
    finally:
        print("finally")


main()
