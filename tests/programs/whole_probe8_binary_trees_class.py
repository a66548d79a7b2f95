"""The Benchmarks Game's binary-trees in its class-based Python form (a Node
class with left/right, make_tree recursion, check() counting nodes), with the
stretch tree, the long-lived tree and the iteration table printed as the
reference output prints it; the depth loop is spread over a worker-style
function returning formatted lines, as the multiprocessing versions do."""
import sys


class Node:
    __slots__ = ("left", "right")

    def __init__(self, left=None, right=None):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()


def make_tree(depth):
    if depth <= 0:
        return Node()
    depth -= 1
    return Node(make_tree(depth), make_tree(depth))


def make_tree_iterative(depth):
    """The same tree built bottom-up, level by level."""
    level = [Node() for _ in range(2 ** depth)]
    while len(level) > 1:
        level = [Node(level[i], level[i + 1]) for i in range(0, len(level), 2)]
    return level[0]


def check_iterative(root):
    count = 0
    stack = [root]
    while stack:
        node = stack.pop()
        count += 1
        if node.left is not None:
            stack.append(node.left)
            stack.append(node.right)
    return count


def get_argchunks(i, d, chunksize=5000):
    assert chunksize % 2 == 0
    chunk = []
    for k in range(1, i + 1):
        chunk.extend([(k, d)])
        if len(chunk) == chunksize:
            yield chunk
            chunk = []
    if len(chunk) > 0:
        yield chunk


def make_check(itde, make=make_tree):
    i, d = itde
    return make(d).check()


def depth_lines(min_depth, max_depth):
    mmd = max_depth + min_depth
    for d in range(min_depth, max_depth + 1, 2):
        i = 2 ** (mmd - d)
        cs = 0
        for argchunk in get_argchunks(i, d, 64):
            cs += sum(map(make_check, argchunk))
        yield "%d\t trees of depth %d\t check: %d" % (i, d, cs)


def main(n=12, min_depth=4):
    max_depth = max(min_depth + 2, n)
    stretch = max_depth + 1
    print("stretch tree of depth %d\t check: %d" % (stretch, make_check((0, stretch))))
    long_lived_tree = make_tree(max_depth)
    for line in depth_lines(min_depth, max_depth):
        print(line)
    print("long lived tree of depth %d\t check: %d" % (max_depth, long_lived_tree.check()))
    other = make_tree_iterative(10)
    print("iterative:", other.check(), check_iterative(other), check_iterative(long_lived_tree))
    sizes = {d: make_check((0, d), make_tree_iterative) for d in range(0, 8)}
    print(sizes, all(v == 2 ** (d + 1) - 1 for d, v in sizes.items()))
    try:
        list(get_argchunks(3, 1, 3))
    except AssertionError:
        print("AssertionError: odd chunk size")
    print(sys.getrecursionlimit() >= 1000)


if __name__ == "__main__":
    main()
