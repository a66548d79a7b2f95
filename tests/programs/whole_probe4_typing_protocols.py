"""isinstance() against runtime-checkable protocols (modelled on pyperformance's
typing_runtime_protocols): typing's SupportsInt/SupportsFloat/... and the
program's own @runtime_checkable protocols with method and data members,
checked against built-in values and classes that match them structurally,
nominally or not at all."""
from typing import (
    Protocol,
    SupportsAbs,
    SupportsFloat,
    SupportsIndex,
    SupportsInt,
    SupportsRound,
    runtime_checkable,
)


@runtime_checkable
class HasX(Protocol):
    x: int


@runtime_checkable
class HasManyAttributes(Protocol):
    a: int
    b: int
    c: int
    d: int
    e: int


@runtime_checkable
class SupportsXAndY(Protocol):
    def x(self): ...

    def y(self): ...


@runtime_checkable
class SupportsManyMethods(Protocol):
    def one(self): ...

    def two(self): ...

    def three(self): ...

    def four(self): ...

    def five(self): ...


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class SupportsCloseAndFlush(SupportsClose, Protocol):
    def flush(self) -> None: ...


class Empty:
    pass


class PointX:
    def __init__(self):
        self.x = 1


class Attrs:
    def __init__(self):
        self.a = self.b = self.c = self.d = 1
        self.e = 5


class XY:
    def x(self):
        return 1

    def y(self):
        return 2


class Many:
    def one(self):
        return 1

    def two(self):
        return 2

    def three(self):
        return 3

    def four(self):
        return 4

    def five(self):
        return 5


class File(SupportsClose):
    """Names the protocol as a base: an ordinary subclass."""

    def close(self):
        return None


class Buffer:
    def close(self):
        return None

    def flush(self):
        return None


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __int__(self):
        return self.cents // 100

    def __float__(self):
        return self.cents / 100

    def __abs__(self):
        return Money(abs(self.cents))

    def __round__(self, n=None):
        return round(self.cents / 100, n)


def classify(obj):
    return [
        isinstance(obj, SupportsInt),
        isinstance(obj, SupportsFloat),
        isinstance(obj, SupportsIndex),
        isinstance(obj, SupportsAbs),
        isinstance(obj, SupportsRound),
        isinstance(obj, HasX),
        isinstance(obj, HasManyAttributes),
        isinstance(obj, SupportsXAndY),
        isinstance(obj, SupportsManyMethods),
        isinstance(obj, SupportsClose),
        isinstance(obj, SupportsCloseAndFlush),
    ]


def close_all(resources):
    closed = 0
    for r in resources:
        if isinstance(r, SupportsCloseAndFlush):
            r.flush()
        if isinstance(r, SupportsClose):
            r.close()
            closed += 1
    return closed


def main():
    samples = [
        ("int", 3), ("bool", True), ("float", 2.5), ("str", "text"), ("list", [1, 2]),
        ("dict", {"x": 1}), ("None", None), ("bytes", b"ab"), ("range", range(3)),
        ("Empty", Empty()), ("PointX", PointX()), ("Attrs", Attrs()), ("XY", XY()),
        ("Many", Many()), ("File", File()), ("Buffer", Buffer()), ("Money", Money(1234)),
    ]
    for name, obj in samples:
        flags = classify(obj)
        print("%-7s %s" % (name, "".join("1" if f else "." for f in flags)))
    total = 0
    for _ in range(100):
        for _, obj in samples:
            total += sum(classify(obj))
    print("checks true:", total)
    print("closed:", close_all([File(), Buffer(), Empty(), 3, XY()]))
    m = Money(-250)
    if isinstance(m, SupportsAbs) and isinstance(m, SupportsInt):
        print("abs money:", int(abs(m)), round(m, 1), float(m))


if __name__ == "__main__":
    main()
