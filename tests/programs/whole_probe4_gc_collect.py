"""Garbage-collector benchmarks (modelled on pyperformance's gc_collect and
gc_traversal): objects linked in reference cycles, dropped, then collected with
gc.collect(); trees kept alive while the collector traverses them."""
import gc

CYCLES = 100
LINKS = 20


class Node:
    def __init__(self):
        self.next = None
        self.prev = None

    def link_next(self, next):
        self.next = next
        self.next.prev = self


def create_cycle(node, n_links):
    """Create a cycle of n_links nodes, starting with node."""
    if n_links == 0:
        return
    current = node
    for i in range(n_links):
        next_node = Node()
        current.link_next(next_node)
        current = next_node
    current.link_next(node)


def create_gc_cycles(n_cycles, n_links):
    """Create n_cycles cycles n_links+1 nodes each."""
    cycles = []
    for _ in range(n_cycles):
        node = Node()
        cycles.append(node)
        create_cycle(node, n_links)
    return cycles


def cycle_length(node):
    n = 1
    current = node.next
    while current is not node:
        n += 1
        current = current.next
    return n


def benchmark_collection(loops, cycles, links):
    results = []
    for _ in range(loops):
        gc.collect()
        all_cycles = create_gc_cycles(cycles, links)
        lengths = [cycle_length(c) for c in all_cycles]
        backwards = sum(1 for c in all_cycles if c.prev.next is c)
        del all_cycles
        collected = gc.collect()
        # How many objects a collection finds is the implementation's business (CPython
        # counts what its cycle collector freed); a compiled program gets an int too.
        results.append((sum(lengths), backwards, collected is None or isinstance(collected, int)))
    return results


class Tree:
    def __init__(self, left, right):
        self.left = left
        self.right = right


def create_recursive_containers(n_levels):
    """A Pascal-triangle DAG: node i of a level shares children with its neighbours."""
    current_list = [Tree(None, None)]
    for n in range(n_levels):
        new_list = [None] * (n + 2)
        for index in range(n + 2):
            left = current_list[index - 1] if index > 0 else None
            right = current_list[index] if index < len(current_list) else None
            new_list[index] = Tree(left, right)
        current_list = new_list
    return current_list


def count_nodes(root, seen):
    if root is None or id(root) in seen:
        return 0
    seen.add(id(root))
    return 1 + count_nodes(root.left, seen) + count_nodes(root.right, seen)


def benchmark_traversal(n_levels, loops):
    all_cycles = create_recursive_containers(n_levels)
    totals = []
    for _ in range(loops):
        gc.collect()
        seen = set()
        totals.append(sum(count_nodes(t, seen) for t in all_cycles))
    return totals


class Graph:
    """Adjacency held in dicts that point back at their graph: a cycle per vertex."""

    def __init__(self, n):
        self.vertices = [{"graph": self, "id": i, "edges": []} for i in range(n)]

    def connect(self, a, b):
        self.vertices[a]["edges"].append(self.vertices[b])
        self.vertices[b]["edges"].append(self.vertices[a])

    def degree_sum(self):
        return sum(len(v["edges"]) for v in self.vertices)


def churn_graphs(rounds, n):
    sums = []
    for r in range(rounds):
        g = Graph(n)
        for i in range(n):
            g.connect(i, (i * 7 + r) % n)
        sums.append(g.degree_sum())
        g = None
        if r % 5 == 4:
            gc.collect()
    return sums


def drop_maybe(flag):
    """`del` unbinds the name: a later read raises, as in CPython."""
    buffer = [Node() for _ in range(10)]
    weight = 0.5
    if flag:
        del buffer
        del weight
    try:
        return len(buffer) + weight
    except UnboundLocalError as e:
        return str(e)


SCRATCH = create_gc_cycles(3, 4)
SCRATCH_SIZE = sum(cycle_length(c) for c in SCRATCH)
del SCRATCH


def scratch_gone():
    try:
        return len(SCRATCH)
    except NameError as e:
        return str(e)


def main():
    was_enabled = gc.isenabled()
    gc.disable()
    print("enabled:", was_enabled, "->", gc.isenabled())
    try:
        results = benchmark_collection(5, CYCLES, LINKS)
    finally:
        gc.enable()
    print("enabled again:", gc.isenabled())
    for total, backwards, ok in results:
        print("cycle nodes:", total, "back links:", backwards, "collected:", ok)
    print("traversal:", benchmark_traversal(40, 3))
    sums = churn_graphs(20, 300)
    print("graph degree sums:", sums[:3], sum(sums))
    print("drop:", drop_maybe(False), drop_maybe(True))
    print("scratch:", SCRATCH_SIZE, scratch_gone())
    print("collect returns an int:", isinstance(gc.collect(), int))
    for generation in (0, 1, 2):
        print("generation", generation, gc.collect(generation) >= 0)
    try:
        gc.collect(3)
    except ValueError as e:
        print("ValueError:", e)


if __name__ == "__main__":
    main()
