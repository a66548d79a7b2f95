# PyPy's gcbench.py: Hans Boehm's GC benchmark (after John Ellis and Pete Kovac's Java version),
# as the PyPy benchmark suite carries it. The timings are replaced by node counts so the output is
# deterministic; the parallel variant runs the constructions in threads and joins them.

import sys
import threading


class Node(object):
    def __init__(self, l=None, r=None):
        self.left = l
        self.right = r


kStretchTreeDepth = 14
kLongLivedTreeDepth = 12
kArraySize = 50000
kMinTreeDepth = 4
kMaxTreeDepth = 12


def tree_size(i):
    "Nodes used by a tree of a given size"
    return (1 << (i + 1)) - 1


def num_iters(i):
    "Number of iterations to use for a given tree depth"
    return 2 * tree_size(kStretchTreeDepth) // tree_size(i)


def populate(depth, node):
    "Build tree top down, assigning to older objects."
    if depth <= 0:
        return
    else:
        depth -= 1
        node.left = Node()
        node.right = Node()
        populate(depth, node.left)
        populate(depth, node.right)


def make_tree(depth):
    "Build tree bottom-up"
    if depth <= 0:
        return Node()
    else:
        return Node(make_tree(depth - 1), make_tree(depth - 1))


def count_nodes(node):
    if node is None:
        return 0
    return 1 + count_nodes(node.left) + count_nodes(node.right)


def print_diagnostics():
    "ought to print free/total memory"
    pass


def time_construction(depth, out):
    niters = num_iters(depth)
    out.append("Creating %d trees of depth %d" % (niters, depth))
    built = 0
    for i in range(niters):
        temp_tree = Node()
        populate(depth, temp_tree)
        if i == 0:
            built += count_nodes(temp_tree)
        temp_tree = None
    out.append("\tTop down construction made %d nodes in the first tree" % built)
    built = 0
    for i in range(niters):
        temp_tree = make_tree(depth)
        if i == niters - 1:
            built += count_nodes(temp_tree)
        temp_tree = None
    out.append("\tBottom up construction made %d nodes in the last tree" % built)


DEFAULT_DEPTHS = range(kMinTreeDepth, kMaxTreeDepth + 1, 2)


def time_constructions(depths, out):
    for d in depths:
        time_construction(d, out)


def time_parallel_constructions(depths, nthreads):
    threadlist = []
    outputs = []
    print("Starting %d parallel threads..." % (nthreads,))
    for n in range(nthreads):
        out = []
        outputs.append(out)
        t = threading.Thread(target=time_constructions, args=(depths, out))
        t.start()
        threadlist.append(t)
    for t in threadlist:
        t.join()
    for n, out in enumerate(outputs):
        print("thread %d: %d lines, last: %s" % (n, len(out), out[-1].strip()))
    print("All %d threads finished" % (nthreads,))


class Failed(Exception):
    pass


def run(depths=DEFAULT_DEPTHS, threads=0):
    print("Garbage Collector Test")
    print(" Stretching memory with a binary tree of depth %d" % kStretchTreeDepth)
    print_diagnostics()
    temp_tree = make_tree(kStretchTreeDepth)
    print(" stretch tree has %d nodes" % count_nodes(temp_tree))
    temp_tree = None

    # Create a long lived object
    print(" Creating a long-lived binary tree of depth %d" % kLongLivedTreeDepth)
    long_lived_tree = Node()
    populate(kLongLivedTreeDepth, long_lived_tree)

    # Create long-lived array, filling half of it
    print(" Creating a long-lived array of %d doubles" % kArraySize)
    array = [0.0] * kArraySize
    i = 1
    while i < kArraySize / 2:
        array[i] = 1.0 / i
        i += 1
    print_diagnostics()

    if threads:
        time_parallel_constructions(depths, threads)
    else:
        out = []
        time_constructions(depths, out)
        for line in out:
            print(line)

    if long_lived_tree is None or array[1024] != 1.0 / 1024:
        raise Failed

    print_diagnostics()
    print("long-lived tree still has %d nodes, array sum %.6f" % (count_nodes(long_lived_tree), sum(array)))


def argerror():
    print("Usage:")
    print("   ", sys.argv[0], "[depths]")
    print("   ", sys.argv[0], "--threads=N [depths]")
    return 2


def main():
    argv = ["--threads=2", "4,6,8"]
    threads = 0
    depths = DEFAULT_DEPTHS
    run(depths, 0)
    for arg in argv:
        if arg.startswith("--threads="):
            try:
                threads = int(arg[len("--threads="):])
            except ValueError:
                sys.exit(argerror())
        else:
            try:
                depths = [int(s) for s in arg.split(",")]
            except ValueError:
                sys.exit(argerror())
    run(depths, threads)
    try:
        int("x,y")
    except ValueError as e:
        print("bad depth list:", e)


if __name__ == "__main__":
    main()
