"""networkx-style graph algorithms: shortest paths, centrality, components.

Modelled on networkx's Graph/DiGraph adjacency-dict design and its
single_source_dijkstra, betweenness_centrality (Brandes) and closeness code.
"""
import heapq
from collections import deque
from itertools import count


class Graph:
    def __init__(self, name=""):
        self.graph = {"name": name}
        self._node = {}
        self._adj = {}

    def __len__(self):
        return len(self._node)

    def __iter__(self):
        return iter(self._node)

    def __contains__(self, n):
        return n in self._node

    def add_node(self, n, **attr):
        if n not in self._node:
            self._adj[n] = {}
            self._node[n] = attr
        else:
            self._node[n].update(attr)

    def add_edge(self, u, v, **attr):
        self.add_node(u)
        self.add_node(v)
        datadict = self._adj[u].get(v, {})
        datadict.update(attr)
        self._adj[u][v] = datadict
        self._adj[v][u] = datadict

    def add_weighted_edges_from(self, ebunch, weight="weight"):
        for u, v, d in ebunch:
            self.add_edge(u, v, **{weight: d})

    def neighbors(self, n):
        try:
            return iter(self._adj[n])
        except KeyError:
            raise KeyError(f"The node {n} is not in the graph.")

    def edges(self, data=False):
        seen = set()
        for u, nbrs in self._adj.items():
            for v, d in nbrs.items():
                if v not in seen:
                    yield (u, v, d) if data else (u, v)
            seen.add(u)

    def degree(self, n):
        return len(self._adj[n])

    def number_of_edges(self):
        return sum(len(nbrs) for nbrs in self._adj.values()) // 2

    def __repr__(self):
        return f"Graph(name={self.graph['name']!r}, nodes={len(self)}, edges={self.number_of_edges()})"


def _weight_function(weight):
    return lambda u, v, data: data.get(weight, 1)


def single_source_dijkstra(G, source, weight="weight"):
    weight = _weight_function(weight)
    paths = {source: [source]}
    dist = {}
    seen = {source: 0}
    c = count()
    fringe = []
    heapq.heappush(fringe, (0, next(c), source))
    while fringe:
        (d, _, v) = heapq.heappop(fringe)
        if v in dist:
            continue
        dist[v] = d
        for u, e in G._adj[v].items():
            cost = weight(v, u, e)
            vu_dist = dist[v] + cost
            if u in dist:
                if vu_dist < dist[u]:
                    raise ValueError("Contradictory paths found: negative weights?")
            elif u not in seen or vu_dist < seen[u]:
                seen[u] = vu_dist
                heapq.heappush(fringe, (vu_dist, next(c), u))
                paths[u] = paths[v] + [u]
    return dist, paths


def shortest_path_length_bfs(G, source):
    seen = {source: 0}
    level = 0
    nextlevel = [source]
    while nextlevel:
        thislevel = nextlevel
        nextlevel = []
        level += 1
        for v in thislevel:
            for w in G._adj[v]:
                if w not in seen:
                    seen[w] = level
                    nextlevel.append(w)
    return seen


def _single_source_shortest_path_basic(G, s):
    S = []
    P = {v: [] for v in G}
    sigma = dict.fromkeys(G, 0.0)
    D = {}
    sigma[s] = 1.0
    D[s] = 0
    Q = deque([s])
    while Q:
        v = Q.popleft()
        S.append(v)
        Dv = D[v]
        sigmav = sigma[v]
        for w in G._adj[v]:
            if w not in D:
                Q.append(w)
                D[w] = Dv + 1
            if D[w] == Dv + 1:
                sigma[w] += sigmav
                P[w].append(v)
    return S, P, sigma


def _accumulate_basic(betweenness, S, P, sigma, s):
    delta = dict.fromkeys(S, 0)
    while S:
        w = S.pop()
        coeff = (1 + delta[w]) / sigma[w]
        for v in P[w]:
            delta[v] += sigma[v] * coeff
        if w != s:
            betweenness[w] += delta[w]
    return betweenness


def betweenness_centrality(G, normalized=True):
    betweenness = dict.fromkeys(G, 0.0)
    for s in G:
        S, P, sigma = _single_source_shortest_path_basic(G, s)
        betweenness = _accumulate_basic(betweenness, S, P, sigma, s)
    n = len(G)
    if normalized:
        scale = 1 / ((n - 1) * (n - 2)) if n > 2 else None
    else:
        scale = 0.5
    if scale is not None:
        for v in betweenness:
            betweenness[v] *= scale
    return betweenness


def closeness_centrality(G):
    closeness = {}
    for n in G:
        sp = shortest_path_length_bfs(G, n)
        totsp = sum(sp.values())
        len_G = len(G)
        _closeness = 0.0
        if totsp > 0.0 and len_G > 1:
            _closeness = (len(sp) - 1.0) / totsp
            s = (len(sp) - 1.0) / (len_G - 1)
            _closeness *= s
        closeness[n] = _closeness
    return closeness


def connected_components(G):
    seen = set()
    for v in G:
        if v not in seen:
            c = set(shortest_path_length_bfs(G, v))
            seen.update(c)
            yield c


def grid_graph(rows, cols):
    G = Graph(name=f"grid_{rows}x{cols}")
    for r in range(rows):
        for c in range(cols):
            if c + 1 < cols:
                G.add_edge((r, c), (r, c + 1), weight=1 + (r * 7 + c * 3) % 5)
            if r + 1 < rows:
                G.add_edge((r, c), (r + 1, c), weight=1 + (r * 5 + c * 11) % 4)
    return G


def main():
    G = grid_graph(6, 7)
    print(G)
    dist, paths = single_source_dijkstra(G, (0, 0))
    far = max(dist, key=lambda n: (dist[n], n))
    print("farthest:", far, "at", dist[far])
    print("path:", " -> ".join(f"{r},{c}" for r, c in paths[far]))
    bc = betweenness_centrality(G)
    top = sorted(bc.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    for node, val in top:
        print(f"  betweenness {node}: {val:.5f}")
    cc = closeness_centrality(G)
    best = max(cc, key=lambda n: (cc[n], n))
    print(f"closeness max {best} = {cc[best]:.6f}")

    H = Graph("towns")
    H.add_weighted_edges_from([
        ("a", "b", 7), ("a", "c", 9), ("a", "f", 14), ("b", "c", 10),
        ("b", "d", 15), ("c", "d", 11), ("c", "f", 2), ("d", "e", 6),
        ("e", "f", 9), ("x", "y", 1), ("y", "z", 3),
    ])
    print(H)
    d, p = single_source_dijkstra(H, "a")
    for node in sorted(d):
        print(f"  {node}: {d[node]:>3} via {'/'.join(p[node])}")
    comps = sorted((sorted(c) for c in connected_components(H)), key=len)
    print("components:", comps)
    print("degrees:", {n: H.degree(n) for n in sorted(H)})
    edges = sorted(H.edges(data=True), key=lambda e: (e[2]["weight"], e[0]))
    print("lightest:", edges[:3])
    try:
        list(H.neighbors("q"))
    except KeyError as e:
        print("error:", e)
    total = 0
    for k in range(3):
        Gk = grid_graph(8 + k, 9)
        bk = betweenness_centrality(Gk, normalized=False)
        total += round(sum(bk.values()), 3)
    print("checksum:", total)


if __name__ == "__main__":
    main()
