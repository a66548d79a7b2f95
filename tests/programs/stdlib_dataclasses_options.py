import dataclasses
from dataclasses import dataclass, field
from enum import Enum, StrEnum, auto


@dataclass
class Base:
    a: int
    tags: list = field(default_factory=lambda: ["t"])


@dataclass
class Child(Base):
    b: int = 2


class Plain(Base):
    def total(self):
        return self.a * 10


class Custom(Base):
    def __init__(self, a):
        super().__init__(a)
        self.extra = a + 1


@dataclass(eq=False, repr=False)
class Opaque:
    v: int


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int = 1


@dataclass
class Counter:
    start: int
    history: list = field(init=False, default_factory=list)
    total: int = field(init=False, default=0)

    def bump(self, n):
        self.total += n
        self.history.append(n)


class Mode(StrEnum):
    READ = auto()
    WRITE = auto()


class Shape(Enum):
    SQUARE = "sq"
    CIRCLE = "ci"

    @property
    def sides(self):
        return 4 if self is Shape.SQUARE else 0

    @classmethod
    def default(cls):
        return Shape.CIRCLE


def main():
    b = Base(1)
    c = Child(1)
    p = Plain(1)
    print(b, c, p, p.total())
    print(b == Base(1), c == Child(1, ["t"], 2), b == c, c == b, b == p, p == Plain(1))
    b.tags.append("u")
    print(Base(5).tags, b.tags)
    cu = Custom(4)
    print(cu, cu.extra)
    o = Opaque(3)
    print(o == Opaque(3), o == o, o.v)
    opts = Options(level=3)
    print(opts, Options())
    k = Counter(10)
    k.bump(2)
    k.bump(5)
    print(k, k.history, k.total)
    print(Mode.READ, repr(Mode.WRITE), Mode("write") is Mode.WRITE, f"{Mode.READ}!", Mode.READ.upper() if False else Mode.READ.value.upper())
    print(Shape.SQUARE.sides, Shape.default(), Shape("ci").name)
    print([s.value for s in reversed(list(Shape))], Shape.SQUARE in Shape)
    print(dataclasses.astuple(c), dataclasses.asdict(k))
    print(dataclasses.replace(c, b=7), dataclasses.replace(b, a=3))


if __name__ == "__main__":
    main()
