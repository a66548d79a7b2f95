"""Hexiom-style puzzle: place numbered tiles on a hex board so each tile's number equals
its count of occupied neighbours. Backtracking with constraint propagation."""


class Hex:
    __slots__ = ("q", "r")

    def __init__(self, q, r):
        self.q = q
        self.r = r

    def __add__(self, other):
        return Hex(self.q + other.q, self.r + other.r)

    def __eq__(self, other):
        return self.q == other.q and self.r == other.r

    def __hash__(self):
        return hash((self.q, self.r))

    def __lt__(self, other):
        return (self.r, self.q) < (other.r, other.q)

    def __repr__(self):
        return f"Hex({self.q},{self.r})"


DIRS = [Hex(1, 0), Hex(-1, 0), Hex(0, 1), Hex(0, -1), Hex(1, -1), Hex(-1, 1)]


class Board:
    def __init__(self, size):
        self.size = size
        n = size - 1
        self.cells = sorted(Hex(q, r) for q in range(-n, n + 1) for r in range(-n, n + 1) if abs(q + r) <= n)
        self.index = {h: i for i, h in enumerate(self.cells)}
        self.neigh = []
        for h in self.cells:
            self.neigh.append([self.index[h + d] for d in DIRS if (h + d) in self.index])

    def render(self, placed):
        rows = {}
        for i, h in enumerate(self.cells):
            v = placed[i]
            rows.setdefault(h.r, []).append("." if v is None else str(v))
        n = self.size - 1
        return "\n".join(" " * abs(r) + " ".join(rows[r]) for r in range(-n, n + 1))


class Solver:
    def __init__(self, board, tiles, fixed):
        self.board = board
        self.tiles = dict(tiles)
        self.placed = [None] * len(board.cells)
        self.empty = set()
        self.nodes = 0
        for i, v in fixed.items():
            self.placed[i] = v
            self.tiles[v] -= 1
        self.solutions = []

    def consistent(self, i):
        # every placed tile must still be satisfiable
        b = self.board
        for j in [i] + b.neigh[i]:
            v = self.placed[j]
            if v is None:
                continue
            occupied = sum(1 for k in b.neigh[j] if self.placed[k] is not None)
            undecided = sum(1 for k in b.neigh[j] if self.placed[k] is None and k not in self.empty)
            if occupied > v or occupied + undecided < v:
                return False
        return True

    def solve(self, pos=0):
        self.nodes += 1
        if pos == len(self.placed):
            self.solutions.append(list(self.placed))
            return len(self.solutions) >= 2
        if self.placed[pos] is not None and pos not in self.empty:
            return self.solve(pos + 1)
        remaining_tiles = sum(self.tiles.values())
        remaining_cells = sum(1 for k in range(pos, len(self.placed)) if self.placed[k] is None and k not in self.empty)
        for v in sorted(self.tiles, reverse=True):
            if self.tiles[v] == 0:
                continue
            self.placed[pos] = v
            self.tiles[v] -= 1
            if self.consistent(pos) and self.solve(pos + 1):
                return True
            self.tiles[v] += 1
            self.placed[pos] = None
        if remaining_cells > remaining_tiles:
            self.empty.add(pos)
            if self.consistent(pos) and self.solve(pos + 1):
                return True
            self.empty.discard(pos)
        return False


def make_puzzle(board, pattern):
    """Derive tile counts from an occupancy pattern so the puzzle has a solution."""
    occupied = {i for i, ch in enumerate(pattern) if ch == "#"}
    counts = {}
    values = {}
    for i in occupied:
        v = sum(1 for k in board.neigh[i] if k in occupied)
        values[i] = v
        counts[v] = counts.get(v, 0) + 1
    return counts, values


def main():
    for size, pattern, hints in [
        (2, "##.#.##", 1),
        (3, "#.##.#..####.#.###.", 3),
        (3, "##.#.#####.#..#.#.#", 4),
    ]:
        board = Board(size)
        counts, values = make_puzzle(board, pattern)
        fixed = {i: values[i] for i in sorted(values)[:hints]}
        solver = Solver(board, counts, fixed)
        solver.solve()
        print(f"size {size}: {len(board.cells)} cells, tiles {dict(sorted(counts.items()))}, fixed {fixed}")
        print(f"  nodes {solver.nodes}, solutions found {len(solver.solutions)}")
        if solver.solutions:
            print(board.render(solver.solutions[0]))
        print(board.cells[:3], len({h + DIRS[0] for h in board.cells}), max(board.cells))


if __name__ == "__main__":
    main()
