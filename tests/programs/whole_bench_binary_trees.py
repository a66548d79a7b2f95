# Variant written around a compiler gap: the iteration count is 1 << k instead of 2 ** k (range() over a dynamic value does not compile yet).
# Binary trees in the style of the Benchmarks Game program (tuples as nodes).
def make_tree(depth):
    if depth == 0:
        return (None, None)
    depth -= 1
    return (make_tree(depth), make_tree(depth))


def check_tree(node):
    left, right = node
    if left is None:
        return 1
    return 1 + check_tree(left) + check_tree(right)


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left = left
        self.right = right


def make_obj_tree(depth):
    if depth == 0:
        return Node(None, None)
    return Node(make_obj_tree(depth - 1), make_obj_tree(depth - 1))


def check_obj(node):
    if node.left is None:
        return 1
    return 1 + check_obj(node.left) + check_obj(node.right)


def main():
    min_depth = 4
    max_depth = 10
    stretch = max_depth + 1
    print("stretch tree of depth %d\t check: %d" % (stretch, check_tree(make_tree(stretch))))
    long_lived = make_tree(max_depth)
    mmd = max_depth + min_depth
    for d in range(min_depth, stretch, 2):
        i = 1 << (mmd - d)
        cs = 0
        for _ in range(i):
            cs += check_tree(make_tree(d))
        print("%d\t trees of depth %d\t check: %d" % (i, d, cs))
    print("long lived tree of depth %d\t check: %d" % (max_depth, check_tree(long_lived)))
    print("obj", sum(check_obj(make_obj_tree(d)) for d in range(8)))


if __name__ == "__main__":
    main()
