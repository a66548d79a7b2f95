"""Graph algorithms on a generated dependency graph: Tarjan SCC, condensation, topological order, longest path, Dijkstra."""
import heapq
import random
from collections import defaultdict, namedtuple
from itertools import chain

Edge = namedtuple("Edge", ["src", "dst", "weight"])


class Graph:
    def __init__(self, directed=True):
        self.adj = defaultdict(list)
        self.nodes = set()
        self.directed = directed

    @classmethod
    def random(cls, n, m, seed):
        rng = random.Random(seed)
        g = cls()
        for i in range(n):
            g.nodes.add(f"n{i:02d}")
        names = sorted(g.nodes)
        for _ in range(m):
            a, b = rng.sample(names, 2)
            g.add_edge(a, b, rng.randint(1, 9))
        return g

    def add_edge(self, a, b, w=1):
        self.nodes.update((a, b))
        self.adj[a].append(Edge(a, b, w))
        if not self.directed:
            self.adj[b].append(Edge(b, a, w))

    def edges(self):
        return chain.from_iterable(self.adj[n] for n in sorted(self.adj))

    def __len__(self):
        return len(self.nodes)

    def tarjan(self):
        index = {}
        low = {}
        on_stack = set()
        stack = []
        result = []
        counter = [0]

        def strongconnect(v):
            index[v] = low[v] = counter[0]
            counter[0] += 1
            stack.append(v)
            on_stack.add(v)
            for e in self.adj[v]:
                w = e.dst
                if w not in index:
                    strongconnect(w)
                    low[v] = min(low[v], low[w])
                elif w in on_stack:
                    low[v] = min(low[v], index[w])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                result.append(sorted(comp))

        for v in sorted(self.nodes):
            if v not in index:
                strongconnect(v)
        return result

    def condense(self):
        comps = self.tarjan()
        owner = {v: i for i, comp in enumerate(comps) for v in comp}
        dag = Graph()
        for i in range(len(comps)):
            dag.nodes.add(i)
        seen = set()
        for e in self.edges():
            a, b = owner[e.src], owner[e.dst]
            if a != b and (a, b) not in seen:
                seen.add((a, b))
                dag.add_edge(a, b, e.weight)
        return comps, dag

    def toposort(self):
        indeg = {v: 0 for v in self.nodes}
        for e in self.edges():
            indeg[e.dst] += 1
        heap = [v for v, d in indeg.items() if d == 0]
        heapq.heapify(heap)
        order = []
        while heap:
            v = heapq.heappop(heap)
            order.append(v)
            for e in self.adj[v]:
                indeg[e.dst] -= 1
                if indeg[e.dst] == 0:
                    heapq.heappush(heap, e.dst)
        if len(order) != len(self.nodes):
            raise ValueError("graph has a cycle")
        return order

    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        heap = [(0, src)]
        while heap:
            d, v = heapq.heappop(heap)
            if d > dist.get(v, float("inf")):
                continue
            for e in self.adj[v]:
                nd = d + e.weight
                if nd < dist.get(e.dst, float("inf")):
                    dist[e.dst] = nd
                    prev[e.dst] = v
                    heapq.heappush(heap, (nd, e.dst))
        return dist, prev


def path_to(prev, src, dst):
    if dst != src and dst not in prev:
        return None
    path = [dst]
    while path[-1] != src:
        path.append(prev[path[-1]])
    return path[::-1]


def main():
    g = Graph.random(18, 30, seed=7)
    print(len(g), "nodes", sum(1 for _ in g.edges()), "edges")
    comps = g.tarjan()
    print("SCCs:", len(comps), "largest:", max(comps, key=len))
    comps, dag = g.condense()
    order = dag.toposort()
    print("topo:", order)
    longest = {v: 0 for v in dag.nodes}
    for v in order:
        for e in dag.adj[v]:
            longest[e.dst] = max(longest[e.dst], longest[v] + e.weight)
    best = max(longest, key=lambda v: (longest[v], -v))
    print("longest path ends at", best, comps[best], "length", longest[best])
    dist, prev = g.dijkstra("n00")
    for target in ["n05", "n11", "n17"]:
        p = path_to(prev, "n00", target)
        print(target, dist.get(target), "->".join(p) if p else "unreachable")
    far = sorted(dist.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("farthest:", far)
    try:
        g.toposort()
    except ValueError as exc:
        print("error:", exc)
    u = Graph(directed=False)
    for a, b in [("a", "b"), ("b", "c"), ("d", "e")]:
        u.add_edge(a, b)
    print(sorted(len(c) for c in u.tarjan()), Edge("x", "y", 3), Edge("x", "y", 3)._replace(weight=5))


if __name__ == "__main__":
    main()
