# Old-style type aliases at module level (`Name = list[int]`, `Optional[...]`, `int | None`):
# they serve annotations only, and the program runs as without them.
from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Dict, Optional, Tuple, Union

Matrix = list[list[float]]
RotorPositionT = tuple[int, int, int]
Table = dict[str, list[int]]
MaybeInt = Optional[int]
Number = Union[int, float]
Handler = Callable[[int], str] | None
Pairs = typing.List[Tuple[str, int]]
Counts = Dict[str, int]
Key = str | tuple[str, int]


def transpose(m: Matrix) -> Matrix:
    return [list(col) for col in zip(*m)]


def step(pos: RotorPositionT) -> RotorPositionT:
    a, b, c = pos
    return (a + 1) % 26, b, c


def scale(n: Number, factor: MaybeInt = None) -> Number:
    return n * (factor if factor is not None else 2)


def describe(n: int, handler: Handler = None) -> str:
    return handler(n) if handler else str(n)


def tally(pairs: Pairs) -> Counts:
    counts: Counts = {}
    for word, n in pairs:
        counts[word] = counts.get(word, 0) + n
    return counts


def lookup(table: Table, key: Key) -> list[int]:
    name = key if isinstance(key, str) else key[0]
    return table.get(name, [])


def main() -> None:
    print(transpose([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
    pos: RotorPositionT = (25, 3, 4)
    print(step(pos), step(step(pos)))
    print(scale(3), scale(2.5, 4), scale(7, None))
    print(describe(5), describe(5, lambda n: "#" * n))
    print(tally([("a", 1), ("b", 2), ("a", 3)]))
    t: Table = {"x": [1, 2], "y": [3]}
    print(lookup(t, "x"), lookup(t, ("y", 0)), lookup(t, "z"))


if __name__ == "__main__":
    main()
