"""Graph algorithms: union-find + Kruskal, Kahn topological sort, Tarjan SCC, Floyd-Warshall, Prim."""
import heapq
from collections import deque, defaultdict


class DisjointSet:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)
        self.sets = len(self.parent)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.sets -= 1
        return True


def make_edges(n, seed):
    edges = []
    x = seed
    for u in range(n):
        for k in range(3):
            x = (x * 48271) % 2147483647
            v = x % n
            if v != u:
                edges.append((x % 97 + 1, u, v))
    return edges


def kruskal(n, edges):
    ds = DisjointSet(range(n))
    total = 0
    used = []
    for w, u, v in sorted(edges):
        if ds.union(u, v):
            total += w
            used.append((u, v))
    return total, len(used), ds.sets


def prim(n, edges):
    adj = defaultdict(list)
    for w, u, v in edges:
        adj[u].append((w, v))
        adj[v].append((w, u))
    seen = {0}
    heap = list(adj[0])
    heapq.heapify(heap)
    total = 0
    while heap and len(seen) < n:
        w, v = heapq.heappop(heap)
        if v in seen:
            continue
        seen.add(v)
        total += w
        for item in adj[v]:
            if item[1] not in seen:
                heapq.heappush(heap, item)
    return total, len(seen)


def topo_sort(deps):
    indeg = {node: 0 for node in deps}
    for node, reqs in deps.items():
        for r in reqs:
            indeg.setdefault(r, 0)
    users = defaultdict(list)
    for node, reqs in deps.items():
        for r in reqs:
            users[r].append(node)
            indeg[node] += 1
    ready = deque(sorted(n for n, d in indeg.items() if d == 0))
    order = []
    while ready:
        n = ready.popleft()
        order.append(n)
        for m in sorted(users[n]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
    if len(order) != len(indeg):
        cyclic = sorted(n for n, d in indeg.items() if d > 0)
        raise ValueError(f"cycle among {cyclic}")
    return order


def tarjan(graph):
    index = {}
    low = {}
    stack = []
    on_stack = set()
    result = []
    counter = [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
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

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return result


def floyd_warshall(n, edges):
    INF = float("inf")
    dist = [[0 if i == j else INF for j in range(n)] for i in range(n)]
    for w, u, v in edges:
        if w < dist[u][v]:
            dist[u][v] = w
    for k in range(n):
        dk = dist[k]
        for i in range(n):
            di = dist[i]
            dik = di[k]
            if dik == INF:
                continue
            for j in range(n):
                nd = dik + dk[j]
                if nd < di[j]:
                    di[j] = nd
    return dist


def main():
    edges = make_edges(300, 7)
    print(len(edges), "edges")
    print("kruskal", kruskal(300, edges))
    print("prim", prim(300, edges))
    deps = {
        "app": ["lib", "utils", "config"],
        "lib": ["utils", "core"],
        "utils": ["core"],
        "config": [],
        "tests": ["app", "mock"],
        "mock": ["core"],
    }
    print(topo_sort(deps))
    deps["core"] = ["app"]
    try:
        topo_sort(deps)
    except ValueError as e:
        print("error:", e)
    g = {1: [2], 2: [3], 3: [1, 4], 4: [5], 5: [6], 6: [4, 7], 7: [], 8: [7, 8]}
    print(tarjan(g))
    small = make_edges(60, 3)
    d = floyd_warshall(60, small)
    reach = sum(1 for row in d for x in row if x != float("inf"))
    finite = [x for row in d for x in row if x != float("inf")]
    print("reachable pairs", reach, "max dist", max(finite), "sum", sum(finite))
    print(d[0][:10])


if __name__ == "__main__":
    main()
