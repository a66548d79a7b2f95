"""PageRank + HITS on a synthetic link graph held as dict-of-sets, with convergence tracking."""
import math


def build_graph(n, seed):
    links = {i: set() for i in range(n)}
    x = seed
    for i in range(n):
        k = 1 + i % 4
        for _ in range(k):
            x = (x * 1103515245 + 12345) % (1 << 31)
            j = x % n
            if j != i:
                links[i].add(j)
    links[n - 1] = set()  # a dangling node
    return links


def pagerank(links, damping=0.85, tol=1e-10, max_iter=200):
    n = len(links)
    rank = dict.fromkeys(links, 1.0 / n)
    incoming = {v: [] for v in links}
    for u, outs in links.items():
        for v in outs:
            incoming[v].append(u)
    for it in range(1, max_iter + 1):
        dangling = sum(rank[u] for u, outs in links.items() if not outs)
        new = {}
        for v in links:
            s = sum(rank[u] / len(links[u]) for u in incoming[v])
            new[v] = (1 - damping) / n + damping * (s + dangling / n)
        delta = sum(abs(new[v] - rank[v]) for v in links)
        rank = new
        if delta < tol:
            return rank, it
    return rank, max_iter


def hits(links, iters=50):
    hub = dict.fromkeys(links, 1.0)
    auth = dict.fromkeys(links, 1.0)
    for _ in range(iters):
        auth = {v: 0.0 for v in links}
        for u, outs in links.items():
            for v in outs:
                auth[v] += hub[u]
        norm = math.sqrt(sum(a * a for a in auth.values())) or 1.0
        auth = {k: a / norm for k, a in auth.items()}
        hub = {u: sum(auth[v] for v in outs) for u, outs in links.items()}
        norm = math.sqrt(sum(h * h for h in hub.values())) or 1.0
        hub = {k: h / norm for k, h in hub.items()}
    return hub, auth


def main():
    links = build_graph(400, 42)
    edges = sum(len(v) for v in links.values())
    print("nodes", len(links), "edges", edges)
    rank, iters = pagerank(links)
    print("converged after", iters, "iterations; total", f"{sum(rank.values()):.12f}")
    top = sorted(rank.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    for node, r in top:
        print(f"  node {node:>3}  rank {r:.6f}  in={sum(1 for u in links if node in links[u])}  out={len(links[node])}")
    hub, auth = hits(links)
    print("top hubs", [k for k, _ in sorted(hub.items(), key=lambda kv: (-kv[1], kv[0]))[:5]])
    print("top auth", [k for k, _ in sorted(auth.items(), key=lambda kv: (-kv[1], kv[0]))[:5]])
    buckets = {}
    for r in rank.values():
        b = int(-math.log10(r))
        buckets[b] = buckets.get(b, 0) + 1
    print("rank magnitude buckets", sorted(buckets.items()))
    small = {"a": {"b", "c"}, "b": {"c"}, "c": {"a"}, "d": {"c"}}
    r, it = pagerank(small)
    print({k: round(v, 4) for k, v in sorted(r.items())}, it)


if __name__ == "__main__":
    main()
