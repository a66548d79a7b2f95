"""AVL tree with rotations, generic keys, ordering and dunders."""
from functools import total_ordering
import itertools


@total_ordering
class Version:
    __slots__ = ("major", "minor", "patch")

    def __init__(self, text):
        parts = [int(p) for p in text.split(".")]
        while len(parts) < 3:
            parts.append(0)
        self.major, self.minor, self.patch = parts

    def _key(self):
        return (self.major, self.minor, self.patch)

    def __eq__(self, other):
        return self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

    def __repr__(self):
        return f"Version('{self}')"


class AVLNode:
    __slots__ = ("key", "value", "left", "right", "height")

    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.left = None
        self.right = None
        self.height = 1


def height(node):
    return node.height if node is not None else 0


def update(node):
    node.height = 1 + max(height(node.left), height(node.right))


def balance_factor(node):
    return height(node.left) - height(node.right)


def rotate_right(y):
    x = y.left
    y.left = x.right
    x.right = y
    update(y)
    update(x)
    return x


def rotate_left(x):
    y = x.right
    x.right = y.left
    y.left = x
    update(x)
    update(y)
    return y


class AVLTree:
    def __init__(self, items=()):
        self.root = None
        self.rotations = 0
        for k, v in items:
            self.insert(k, v)

    def insert(self, key, value):
        self.root = self._insert(self.root, key, value)

    def _rebalance(self, node):
        update(node)
        bf = balance_factor(node)
        if bf > 1:
            if balance_factor(node.left) < 0:
                node.left = rotate_left(node.left)
                self.rotations += 1
            self.rotations += 1
            return rotate_right(node)
        if bf < -1:
            if balance_factor(node.right) > 0:
                node.right = rotate_right(node.right)
                self.rotations += 1
            self.rotations += 1
            return rotate_left(node)
        return node

    def _insert(self, node, key, value):
        if node is None:
            return AVLNode(key, value)
        if key < node.key:
            node.left = self._insert(node.left, key, value)
        elif key > node.key:
            node.right = self._insert(node.right, key, value)
        else:
            node.value = value
            return node
        return self._rebalance(node)

    def delete(self, key):
        self.root = self._delete(self.root, key)

    def _delete(self, node, key):
        if node is None:
            raise KeyError(str(key))
        if key < node.key:
            node.left = self._delete(node.left, key)
        elif key > node.key:
            node.right = self._delete(node.right, key)
        else:
            if node.left is None:
                return node.right
            if node.right is None:
                return node.left
            succ = node.right
            while succ.left is not None:
                succ = succ.left
            node.key, node.value = succ.key, succ.value
            node.right = self._delete(node.right, succ.key)
        return self._rebalance(node)

    def __iter__(self):
        stack = []
        node = self.root
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key, node.value
            node = node.right

    def __len__(self):
        return sum(1 for _ in self)

    def depth(self):
        return height(self.root)

    def floor(self, key):
        best = None
        node = self.root
        while node:
            if node.key == key:
                return node.key
            if node.key < key:
                best = node.key
                node = node.right
            else:
                node = node.left
        return best

    def render(self):
        lines = []

        def walk(node, prefix, tag):
            if node is None:
                return
            lines.append(f"{prefix}{tag}{node.key} (h={node.height})")
            walk(node.left, prefix + "  ", "L:")
            walk(node.right, prefix + "  ", "R:")
        walk(self.root, "", "")
        return "\n".join(lines)


def main():
    tree = AVLTree((i, str(i)) for i in range(1, 32))
    print("size", len(tree), "depth", tree.depth(), "rotations", tree.rotations)
    for k in range(1, 32, 3):
        tree.delete(k)
    print("after delete:", [k for k, _ in tree])
    print("depth", tree.depth(), "floor(10)", tree.floor(10), "floor(0)", tree.floor(0))
    try:
        tree.delete(1)
    except KeyError as exc:
        print("KeyError", exc)

    versions = ["1.2", "1.10.1", "0.9", "2.0.0", "1.2.3", "1.10", "0.9.12", "1.2"]
    vt = AVLTree()
    for i, v in enumerate(versions):
        vt.insert(Version(v), i)
    print(vt.render())
    print([str(k) for k, _ in vt])
    print(sorted({Version(v) for v in versions}, reverse=True))
    print(max(Version(v) for v in versions), min(map(Version, versions)))
    print(Version("1.2") <= Version("1.2.0"), Version("1.3") > Version("1.2.9"))
    pairs = list(itertools.pairwise(k for k, _ in vt))
    print(all(a < b for a, b in pairs), len(pairs))
    grouped = itertools.groupby(sorted(map(Version, versions)), key=lambda v: v.major)
    for major, group in grouped:
        print(major, ", ".join(map(str, group)))


if __name__ == "__main__":
    main()
