"""Dijkstra and A* on a grid maze with heapq; BFS for comparison."""
import heapq
from collections import deque

MAZE = """
S....#........#.....
.##..#.######.#.###.
..#....#......#...#.
#.#####.#.#######.#.
..#.....#.......#.#.
.##.#####.#####.#.#.
....#...#.#...#.#...
.####.#.#.#.#.#.###.
......#...#.#......G
""".strip().splitlines()

COSTS = {".": 1, "S": 1, "G": 1}


def find(grid, ch):
    for r, row in enumerate(grid):
        c = row.find(ch)
        if c >= 0:
            return (r, c)
    raise ValueError(f"{ch} not in grid")


def neighbours(grid, pos):
    r, c = pos
    for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#":
            yield (nr, nc)


def weight(pos):
    r, c = pos
    return 1 + (r * 7 + c * 3) % 4


def dijkstra(grid, start, goal):
    dist = {start: 0}
    prev = {}
    heap = [(0, start)]
    visited = set()
    while heap:
        d, node = heapq.heappop(heap)
        if node in visited:
            continue
        visited.add(node)
        if node == goal:
            break
        for nb in neighbours(grid, node):
            nd = d + weight(nb)
            if nd < dist.get(nb, float("inf")):
                dist[nb] = nd
                prev[nb] = node
                heapq.heappush(heap, (nd, nb))
    path = [goal]
    while path[-1] != start:
        path.append(prev[path[-1]])
    path.reverse()
    return dist[goal], path, len(visited)


def astar(grid, start, goal):
    def h(p):
        return abs(p[0] - goal[0]) + abs(p[1] - goal[1])

    counter = 0
    open_heap = [(h(start), counter, 0, start)]
    g = {start: 0}
    came = {}
    closed = set()
    while open_heap:
        f, _, gs, node = heapq.heappop(open_heap)
        if node == goal:
            path = [node]
            while node in came:
                node = came[node]
                path.append(node)
            return gs, path[::-1], len(closed)
        if node in closed:
            continue
        closed.add(node)
        for nb in neighbours(grid, node):
            ng = gs + weight(nb)
            if ng < g.get(nb, 10 ** 9):
                g[nb] = ng
                came[nb] = node
                counter += 1
                heapq.heappush(open_heap, (ng + h(nb), counter, ng, nb))
    return None


def bfs(grid, start, goal):
    q = deque([start])
    seen = {start: None}
    while q:
        cur = q.popleft()
        if cur == goal:
            break
        for nb in neighbours(grid, cur):
            if nb not in seen:
                seen[nb] = cur
                q.append(nb)
    n = 0
    cur = goal
    while seen[cur] is not None:
        cur = seen[cur]
        n += 1
    return n


def render(grid, path):
    on_path = set(path)
    rows = []
    for r, row in enumerate(grid):
        rows.append("".join("*" if (r, c) in on_path and ch == "." else ch for c, ch in enumerate(row)))
    return "\n".join(rows)


def big_grid(n):
    rows = []
    for r in range(n):
        rows.append("".join("#" if (r * 31 + c * 17) % 11 == 0 and (r, c) != (0, 0) and (r, c) != (n - 1, n - 1) else "." for c in range(n)))
    return rows


def main():
    start, goal = find(MAZE, "S"), find(MAZE, "G")
    print("start", start, "goal", goal)
    cost, path, seen = dijkstra(MAZE, start, goal)
    print(f"dijkstra cost={cost} len={len(path)} visited={seen}")
    cost2, path2, seen2 = astar(MAZE, start, goal)
    print(f"astar    cost={cost2} len={len(path2)} closed={seen2}")
    print("bfs steps", bfs(MAZE, start, goal))
    print(render(MAZE, path2))
    grid = big_grid(60)
    s, t = (0, 0), (59, 59)
    for _ in range(3):
        c1, p1, v1 = dijkstra(grid, s, t)
        c2, p2, v2 = astar(grid, s, t)
    print(c1, len(p1), v1, c2, len(p2), v2, bfs(grid, s, t))
    print(p2[:5], p2[-3:])


if __name__ == "__main__":
    main()
