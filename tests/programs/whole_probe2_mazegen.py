"""Maze generation (recursive backtracker, Kruskal, Prim variants) with seeded random, plus solving and ASCII rendering."""
import random
import sys

sys.setrecursionlimit(5000)


class Maze:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.walls = set()
        for y in range(h):
            for x in range(w):
                if x + 1 < w:
                    self.walls.add(((x, y), (x + 1, y)))
                if y + 1 < h:
                    self.walls.add(((x, y), (x, y + 1)))

    def cells(self):
        return [(x, y) for y in range(self.h) for x in range(self.w)]

    def adjacent(self, c):
        x, y = c
        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
            if 0 <= nx < self.w and 0 <= ny < self.h:
                yield (nx, ny)

    def carve(self, a, b):
        self.walls.discard((min(a, b), max(a, b)))

    def open_between(self, a, b):
        return (min(a, b), max(a, b)) not in self.walls

    def render(self, path=()):
        on_path = set(path)
        lines = ["+" + "---+" * self.w]
        for y in range(self.h):
            row = "|"
            below = "+"
            for x in range(self.w):
                row += " o " if (x, y) in on_path else "   "
                row += " " if x + 1 < self.w and self.open_between((x, y), (x + 1, y)) else "|"
                below += "   +" if y + 1 < self.h and self.open_between((x, y), (x, y + 1)) else "---+"
            lines.append(row)
            lines.append(below)
        return "\n".join(lines)


def backtracker(maze, rng):
    seen = set()

    def visit(c):
        seen.add(c)
        nbrs = list(maze.adjacent(c))
        rng.shuffle(nbrs)
        for n in nbrs:
            if n not in seen:
                maze.carve(c, n)
                visit(n)

    visit((0, 0))


def kruskal(maze, rng):
    parent = {c: c for c in maze.cells()}

    def find(c):
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    walls = sorted(maze.walls)
    rng.shuffle(walls)
    for a, b in walls:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            maze.carve(a, b)


def prim(maze, rng):
    inside = {(0, 0)}
    frontier = [((0, 0), n) for n in maze.adjacent((0, 0))]
    while frontier:
        i = rng.randrange(len(frontier))
        frontier[i], frontier[-1] = frontier[-1], frontier[i]
        a, b = frontier.pop()
        if b in inside:
            continue
        inside.add(b)
        maze.carve(a, b)
        frontier.extend((b, n) for n in maze.adjacent(b) if n not in inside)


def solve(maze, start, goal):
    stack = [(start, [start])]
    seen = {start}
    while stack:
        c, path = stack.pop()
        if c == goal:
            return path
        for n in maze.adjacent(c):
            if n not in seen and maze.open_between(c, n):
                seen.add(n)
                stack.append((n, path + [n]))
    return None


def dead_ends(maze):
    return sum(1 for c in maze.cells() if sum(1 for n in maze.adjacent(c) if maze.open_between(c, n)) == 1)


def main():
    random.seed(99)
    for name, algo in (("backtracker", backtracker), ("kruskal", kruskal), ("prim", prim)):
        m = Maze(8, 5)
        algo(m, random)
        path = solve(m, (0, 0), (7, 4))
        print(f"{name}: walls left {len(m.walls)}, path {len(path)}, dead ends {dead_ends(m)}")
        print(m.render(path))
    big_stats = []
    for algo in (backtracker, kruskal, prim):
        m = Maze(40, 40)
        algo(m, random)
        p = solve(m, (0, 0), (39, 39))
        big_stats.append((len(m.walls), len(p), dead_ends(m)))
    print(big_stats)


if __name__ == "__main__":
    main()
