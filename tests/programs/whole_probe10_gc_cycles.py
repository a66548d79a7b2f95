"""pyperformance's gc_traversal (bm_gc_traversal) and create_gc_cycles
(bm_gc_collect) benchmarks, with pyperf's runner replaced by a fixed number
of loops. gc_traversal builds a deep tree of lists that all share their
children and times gc.collect() over it; create_gc_cycles makes many small
reference cycles of Node objects and lets the collector find them."""

import gc

N_LEVELS = 300
CYCLE_SIZES = (10, 100, 1000)
N_CYCLES = 20


# ---------------------------------------------------------------- gc_traversal

def create_recursive_containers(n_levels):

    current_list = []
    for n in range(n_levels):
        new_list = [None] * n
        for index in range(n):
            new_list[index] = current_list
        current_list = new_list

    return current_list


def benchamark_collection(loops, n_levels):
    total = 0
    all_cycles = create_recursive_containers(n_levels)
    for _ in range(loops):
        gc.collect()
        # Main loop to measure
        collected = gc.collect()
        total += 1
    return total, len(all_cycles)


# ---------------------------------------------------------------- create_gc_cycles

class Node:
    def __init__(self):
        self.edges = []

    def link(self, other):
        self.edges.append(other)


def create_cycle(node, n_links):
    """Create a cycle of n_links nodes, starting with node."""

    if n_links == 0:
        return

    current = node
    for i in range(n_links):
        next_node = Node()
        current.link(next_node)
        current = next_node

    current.link(node)


def create_gc_cycles(cycle_sizes, n_cycles):
    for _ in range(n_cycles):
        for size in cycle_sizes:
            create_cycle(Node(), size)


def benchamark_cycles(loops, cycle_sizes, n_cycles):
    made = 0
    for _ in range(loops):
        gc.collect()
        create_gc_cycles(cycle_sizes, n_cycles)
        made += n_cycles * len(cycle_sizes)
    return made


def cycle_length(node):
    # follow the first edge until it comes back
    steps = 1
    current = node.edges[0]
    while current is not node:
        current = current.edges[0]
        steps += 1
    return steps


def depth(lst):
    d = 0
    while lst:
        lst = lst[0]
        d += 1
    return d


def main():
    print("enabled", gc.isenabled())
    loops, width = benchamark_collection(5, N_LEVELS)
    print("gc_traversal", loops, "collections over", width, "lists")
    tree = create_recursive_containers(40)
    print("depth", depth(tree), "shared", tree[0] is tree[1], tree[5][3] is tree[7][3])

    gc.disable()
    print("enabled", gc.isenabled())
    made = benchamark_cycles(3, CYCLE_SIZES, N_CYCLES)
    gc.enable()
    print("enabled", gc.isenabled())
    print("create_gc_cycles", made, "cycles")

    kept = []
    for size in CYCLE_SIZES:
        head = Node()
        create_cycle(head, size)
        kept.append(head)
    create_cycle(Node(), 0)
    print("kept", [cycle_length(h) for h in kept])
    del kept
    r = gc.collect()
    print("collect returned an int:", isinstance(r, int), r >= 0)


if __name__ == "__main__":
    main()
