"""8-puzzle / 15-puzzle solver: BFS, A* with Manhattan distance, IDA* with linear conflict-free heuristic."""
import heapq
from collections import deque

GOAL3 = (1, 2, 3, 4, 5, 6, 7, 8, 0)


def neighbours(state, n):
    z = state.index(0)
    r, c = divmod(z, n)
    for dr, dc, move in ((-1, 0, "U"), (1, 0, "D"), (0, -1, "L"), (0, 1, "R")):
        nr, nc = r + dr, c + dc
        if 0 <= nr < n and 0 <= nc < n:
            s = list(state)
            j = nr * n + nc
            s[z], s[j] = s[j], s[z]
            yield tuple(s), move


def manhattan(state, n):
    d = 0
    for i, v in enumerate(state):
        if v:
            gr, gc = divmod(v - 1, n)
            r, c = divmod(i, n)
            d += abs(gr - r) + abs(gc - c)
    return d


def solvable(state, n):
    tiles = [v for v in state if v]
    inv = sum(1 for i in range(len(tiles)) for j in range(i + 1, len(tiles)) if tiles[i] > tiles[j])
    if n % 2:
        return inv % 2 == 0
    row_from_bottom = n - state.index(0) // n
    return (inv + row_from_bottom) % 2 == 1


def bfs(start, goal, n):
    prev = {start: None}
    q = deque([start])
    while q:
        s = q.popleft()
        if s == goal:
            break
        for t, m in neighbours(s, n):
            if t not in prev:
                prev[t] = (s, m)
                q.append(t)
    moves = []
    s = goal
    while prev[s] is not None:
        s, m = prev[s]
        moves.append(m)
    return "".join(reversed(moves)), len(prev)


def astar(start, goal, n):
    g = {start: 0}
    parent = {start: None}
    heap = [(manhattan(start, n), 0, start)]
    expanded = 0
    while heap:
        f, cost, s = heapq.heappop(heap)
        if s == goal:
            path = []
            while parent[s] is not None:
                s, m = parent[s]
                path.append(m)
            return "".join(reversed(path)), expanded
        if cost > g[s]:
            continue
        expanded += 1
        for t, m in neighbours(s, n):
            nc = cost + 1
            if nc < g.get(t, 1 << 30):
                g[t] = nc
                parent[t] = (s, m)
                heapq.heappush(heap, (nc + manhattan(t, n), nc, t))
    return None, expanded


def ida_star(start, n):
    goal = tuple(list(range(1, n * n)) + [0])
    bound = manhattan(start, n)
    path = [start]
    moves = []
    nodes = [0]

    def search(g, bound):
        node = path[-1]
        nodes[0] += 1
        f = g + manhattan(node, n)
        if f > bound:
            return f
        if node == goal:
            return -1
        best = 1 << 30
        for t, m in neighbours(node, n):
            if len(path) > 1 and t == path[-2]:
                continue
            path.append(t)
            moves.append(m)
            r = search(g + 1, bound)
            if r == -1:
                return -1
            best = min(best, r)
            path.pop()
            moves.pop()
        return best

    while True:
        r = search(0, bound)
        if r == -1:
            return "".join(moves), nodes[0]
        bound = r


def scramble(n, steps, seed):
    state = tuple(list(range(1, n * n)) + [0])
    x = seed
    prev = None
    for _ in range(steps):
        opts = [t for t, _ in neighbours(state, n) if t != prev]
        x = (x * 1664525 + 1013904223) % 4294967296
        prev, state = state, opts[x % len(opts)]
    return state


def show(state, n):
    return "\n".join(" ".join(f"{v:>2}" if v else " ." for v in state[r * n:(r + 1) * n]) for r in range(n))


def main():
    start = (8, 6, 7, 2, 5, 4, 3, 0, 1)
    print(show(start, 3))
    print("solvable", solvable(start, 3), "h", manhattan(start, 3))
    path, seen = bfs(start, GOAL3, 3)
    print("bfs", len(path), seen)
    path2, expanded = astar(start, GOAL3, 3)
    print("astar", len(path2), expanded, path2)
    for seed in (1, 2, 3):
        s = scramble(4, 40, seed)
        moves, nodes = ida_star(s, 4)
        print(f"15-puzzle seed {seed}: h={manhattan(s, 4)} solution {len(moves)} moves, {nodes} nodes: {moves}")
    print(solvable((1, 2, 3, 4, 5, 6, 8, 7, 0), 3))


if __name__ == "__main__":
    main()
