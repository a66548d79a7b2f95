"""gc.is_tracked of new objects as CPython answers it: atomic values
untracked, containers and instances tracked, a dict once it holds something
that may be tracked, a tuple unless empty."""
import gc
import collections


class Node:
    def __init__(self, v):
        self.v = v


def main():
    x = 3
    print(gc.is_tracked([]), gc.is_tracked(1), gc.is_tracked("x"), gc.is_tracked({}), gc.is_tracked(None), gc.is_tracked(2.5))
    print(gc.is_tracked((1, 2)), gc.is_tracked((x, 2)), gc.is_tracked(()), gc.is_tracked({"a": (1, 2)}), gc.is_tracked({"a": []}), gc.is_tracked({"a": 1}))
    print(gc.is_tracked(set()), gc.is_tracked(frozenset()), gc.is_tracked(bytearray()), gc.is_tracked(range(3)), gc.is_tracked(int), gc.is_tracked(Node))
    print(gc.is_tracked(lambda: 0), gc.is_tracked(b"x"), gc.is_tracked(1j), gc.is_tracked(Node(1)), gc.is_tracked(iter([])), gc.is_tracked(True))
    print(gc.is_tracked(collections.defaultdict(list)), gc.is_tracked(collections.Counter()), gc.is_tracked({(): 1}), gc.is_tracked({1: {}}))
    d = {"k": 1}
    print(gc.is_tracked(d))
    d["n"] = Node(2)
    print(gc.is_tracked(d), gc.is_tracked(10 ** 30), gc.is_tracked("é" * 3), gc.is_tracked(Exception("e")))


main()
