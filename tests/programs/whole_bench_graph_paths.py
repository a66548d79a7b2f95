# Shortest paths: Dijkstra with heapq, BFS with deque, namedtuple edges.
import heapq
from collections import deque, namedtuple

Edge = namedtuple("Edge", ["src", "dst", "weight"])


def make_graph(n, seed):
    edges = []
    state = seed
    for u in range(n):
        for k in range(3):
            state = (state * 1103515245 + 12345) % 2147483648
            v = state % n
            if v != u:
                edges.append(Edge(u, v, 1 + state % 17))
    return edges


def dijkstra(adj, source):
    dist = {source: 0}
    heap = [(0, source)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist.get(u, float("inf")):
            continue
        for e in adj.get(u, []):
            nd = d + e.weight
            if nd < dist.get(e.dst, float("inf")):
                dist[e.dst] = nd
                heapq.heappush(heap, (nd, e.dst))
    return dist


def bfs(adj, source):
    seen = {source: 0}
    q = deque([source])
    while q:
        u = q.popleft()
        for e in adj.get(u, []):
            if e.dst not in seen:
                seen[e.dst] = seen[u] + 1
                q.append(e.dst)
    return seen


def main():
    edges = make_graph(40, 99)
    adj = {}
    for e in edges:
        adj.setdefault(e.src, []).append(e)
    print(len(edges), edges[0], edges[0].weight)
    dist = dijkstra(adj, 0)
    print(sorted(dist.items())[:8])
    hops = bfs(adj, 0)
    print(max(hops.values()), sum(hops.values()))
    heaviest = max(edges, key=lambda e: (e.weight, e.src, e.dst))
    print(heaviest, heaviest._replace(weight=0))


if __name__ == "__main__":
    main()
