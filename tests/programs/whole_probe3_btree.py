"""A B-tree with insertion, search, deletion and in-order iteration."""
import random
from bisect import bisect_left


class Node:
    __slots__ = ("keys", "values", "children")

    def __init__(self, leaf=True):
        self.keys = []
        self.values = []
        self.children = [] if leaf else []

    @property
    def is_leaf(self):
        return not self.children

    def __repr__(self):
        return f"Node({self.keys!r})"


class BTree:
    def __init__(self, order=4):
        if order < 3:
            raise ValueError(f"order must be >= 3, got {order}")
        self.order = order
        self.root = Node()
        self._size = 0

    def __len__(self):
        return self._size

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __getitem__(self, key):
        node = self.root
        while True:
            i = bisect_left(node.keys, key)
            if i < len(node.keys) and node.keys[i] == key:
                return node.values[i]
            if node.is_leaf:
                raise KeyError(key)
            node = node.children[i]

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __setitem__(self, key, value):
        root = self.root
        if len(root.keys) == self.order - 1:
            new_root = Node(leaf=False)
            new_root.children.append(root)
            self._split(new_root, 0)
            self.root = new_root
        self._insert(self.root, key, value)

    def _split(self, parent, index):
        child = parent.children[index]
        mid = len(child.keys) // 2
        right = Node(leaf=child.is_leaf)
        right.keys = child.keys[mid + 1:]
        right.values = child.values[mid + 1:]
        if not child.is_leaf:
            right.children = child.children[mid + 1:]
            child.children = child.children[:mid + 1]
        parent.keys.insert(index, child.keys[mid])
        parent.values.insert(index, child.values[mid])
        parent.children.insert(index + 1, right)
        child.keys = child.keys[:mid]
        child.values = child.values[:mid]

    def _insert(self, node, key, value):
        while True:
            i = bisect_left(node.keys, key)
            if i < len(node.keys) and node.keys[i] == key:
                node.values[i] = value
                return
            if node.is_leaf:
                node.keys.insert(i, key)
                node.values.insert(i, value)
                self._size += 1
                return
            if len(node.children[i].keys) == self.order - 1:
                self._split(node, i)
                if key == node.keys[i]:
                    node.values[i] = value
                    return
                if key > node.keys[i]:
                    i += 1
            node = node.children[i]

    def __iter__(self):
        yield from self._walk(self.root)

    def _walk(self, node):
        if node.is_leaf:
            yield from zip(node.keys, node.values)
            return
        for i, key in enumerate(node.keys):
            yield from self._walk(node.children[i])
            yield key, node.values[i]
        yield from self._walk(node.children[-1])

    def keys(self):
        return [k for k, _ in self]

    def height(self):
        h, node = 1, self.root
        while not node.is_leaf:
            node = node.children[0]
            h += 1
        return h

    def range(self, lo, hi):
        for k, v in self:
            if k >= hi:
                break
            if k >= lo:
                yield k, v

    def dump(self, node=None, depth=0, out=None):
        if out is None:
            out = []
        node = node or self.root
        out.append("  " * depth + repr(node))
        for c in node.children:
            self.dump(c, depth + 1, out)
        return out


def check_invariants(tree):
    def visit(node, lo, hi, depth, leaf_depths):
        assert node.keys == sorted(node.keys), node
        for k in node.keys:
            assert (lo is None or k > lo) and (hi is None or k < hi)
        if node.is_leaf:
            leaf_depths.add(depth)
            return len(node.keys)
        assert len(node.children) == len(node.keys) + 1
        bounds = [lo] + node.keys + [hi]
        return len(node.keys) + sum(
            visit(c, bounds[i], bounds[i + 1], depth + 1, leaf_depths)
            for i, c in enumerate(node.children)
        )
    depths = set()
    n = visit(tree.root, None, None, 0, depths)
    return n, len(depths) == 1


def main():
    rng = random.Random(1234)
    for order in (3, 4, 7):
        tree = BTree(order)
        keys = list(range(200))
        rng.shuffle(keys)
        for k in keys:
            tree[k] = k * k
        for k in keys[:50]:
            tree[k] = -k
        count, balanced = check_invariants(tree)
        print(f"order={order} size={len(tree)} count={count} balanced={balanced} height={tree.height()}")
        print("  first:", tree.keys()[:10])
        print("  range:", list(tree.range(40, 46)))
        print("  lookups:", [tree.get(k, "?") for k in (0, 17, 199, 500)])
        print("  contains:", 3 in tree, 1000 in tree)
    small = BTree(3)
    for word in "the quick brown fox jumps over the lazy dog".split():
        small[word] = len(word)
    print("\n".join(small.dump()))
    try:
        small["cat"]
    except KeyError as e:
        print("missing:", e)
    try:
        BTree(2)
    except ValueError as e:
        print("error:", e)
    total = sum(v for _, v in small)
    print(f"total={total:>6d} avg={total / len(small):.3f}")


if __name__ == "__main__":
    main()
