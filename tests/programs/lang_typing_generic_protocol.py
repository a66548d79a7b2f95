# typing.Generic[T] and Protocol as bases, TypeVars, annotations everywhere: ignored as CPython ignores them at run time.
from __future__ import annotations

import time
from typing import Dict, Generic, List, Optional, Protocol, TypeVar, Callable, Iterator

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __len__(self) -> int:
        return len(self.items)


class Shape(Protocol):
    def area(self) -> float: ...


class Sq:
    def __init__(self, s: float) -> None:
        self.s = s

    def area(self) -> float:
        return self.s * self.s


def apply(f: Callable[[int], int], xs: List[int]) -> List[int]:
    return [f(x) for x in xs]


def gen(n: int) -> Iterator[int]:
    yield from range(n)


def find(d: Dict[str, int], k: str) -> Optional[int]:
    return d.get(k)


def main() -> None:
    t0 = time.perf_counter()
    s: Stack[int] = Stack()
    for i in range(5):
        s.push(i)
    print(s.pop(), len(s))
    shapes: List[Shape] = [Sq(2.0), Sq(3.0)]
    print(sum(x.area() for x in shapes), apply(lambda v: v * 2, [1, 2]), list(gen(3)), find({"a": 1}, "a"), find({}, "b"))
    elapsed = time.perf_counter() - t0
    print(elapsed >= 0)


if __name__ == "__main__":
    main()
