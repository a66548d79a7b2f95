# Names from collections.abc used only in annotations (as typing's are), with
# `from __future__ import annotations`: a binary tree whose __iter__ is a
# recursive generator (`yield from` a child), built from slices of a range.
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
import collections.abc as cabc


class Node:
    def __init__(self, left: Node | None, value: int, right: Node | None) -> None:
        self.left = left
        self.value = value
        self.right = right

    def __iter__(self) -> Iterator[int]:
        if self.left:
            yield from self.left
        yield self.value
        if self.right:
            yield from self.right


def build(values: range) -> Node | None:
    n = len(values)
    if n == 0:
        return None
    mid = n // 2
    return Node(build(values[:mid]), values[mid], build(values[mid + 1:]))


def apply_all(fns: Sequence[Callable[[int], int]], xs: Iterable[int]) -> list[int]:
    return [f(x) for f in fns for x in xs]


def lookup(table: Mapping[str, int], keys: cabc.Iterable[str]) -> int:
    return sum(table.get(k, 0) for k in keys)


def depth(node: Node | None) -> int:
    if node is None:
        return 0
    return 1 + max(depth(node.left), depth(node.right))


def main():
    root = build(range(10))
    print(list(root))
    assert list(build(range(50))) == list(range(50))
    big = build(range(1000))
    total = 0
    for v in big:
        total += v
    print(total, depth(big))
    print(apply_all([lambda x: x + 1, lambda x: x * x], (1, 2, 3)))
    print(lookup({"a": 1, "b": 20}, ["a", "b", "c", "b"]))
    print(build(range(0)), list(build(range(1))))


if __name__ == "__main__":
    main()
