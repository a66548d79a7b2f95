"""A polyomino tiling solver with bitmasks (in the spirit of meteor-contest): pieces, rotations, exact cover."""
from itertools import product

WIDTH, HEIGHT = 6, 5

PIECES = {
    "F": [(0, 1), (1, 0), (1, 1), (1, 2), (2, 0)],
    "I": [(0, 0), (0, 1), (0, 2), (0, 3), (0, 4)],
    "L": [(0, 0), (1, 0), (2, 0), (3, 0), (3, 1)],
    "P": [(0, 0), (0, 1), (1, 0), (1, 1), (2, 0)],
    "N": [(0, 1), (1, 1), (2, 0), (2, 1), (3, 0)],
    "T": [(0, 0), (0, 1), (0, 2), (1, 1), (2, 1)],
}


def normalize(cells):
    min_r = min(r for r, _ in cells)
    min_c = min(c for _, c in cells)
    return tuple(sorted((r - min_r, c - min_c) for r, c in cells))


def orientations(cells):
    seen = set()
    shapes = []
    current = cells
    for flip in (False, True):
        current = [(r, -c) for r, c in cells] if flip else list(cells)
        for _ in range(4):
            current = [(c, -r) for r, c in current]
            shape = normalize(current)
            if shape not in seen:
                seen.add(shape)
                shapes.append(shape)
    return shapes


def to_mask(shape, r0, c0):
    mask = 0
    for r, c in shape:
        rr, cc = r + r0, c + c0
        if not (0 <= rr < HEIGHT and 0 <= cc < WIDTH):
            return None
        mask |= 1 << (rr * WIDTH + cc)
    return mask


def placements():
    table = {}
    for name, cells in PIECES.items():
        masks = set()
        for shape in orientations(cells):
            for r0, c0 in product(range(HEIGHT), range(WIDTH)):
                m = to_mask(shape, r0, c0)
                if m is not None and not has_dead_cell(m):
                    masks.add(m)
        table[name] = sorted(masks)
    return table


def neighbours(i):
    r, c = divmod(i, WIDTH)
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        rr, cc = r + dr, c + dc
        if 0 <= rr < HEIGHT and 0 <= cc < WIDTH:
            yield rr * WIDTH + cc


def has_dead_cell(mask):
    """True when some free cell is completely enclosed by the mask and the border."""
    for i in range(WIDTH * HEIGHT):
        if mask >> i & 1:
            continue
        if all(mask >> j & 1 for j in neighbours(i)):
            return True
    return False


def lowest_free(mask):
    i = 0
    while mask >> i & 1:
        i += 1
    return i


class Solver:
    def __init__(self, pieces, table, full):
        self.pieces = pieces
        self.table = table
        self.full = full
        self.by_cell = {}
        for name in pieces:
            for m in table[name]:
                low = (m & -m).bit_length() - 1
                self.by_cell.setdefault(low, []).append((name, m))
        self.solutions = []
        self.nodes = 0

    def solve(self, board=0, used=frozenset(), chosen=()):
        self.nodes += 1
        if board == self.full:
            self.solutions.append(chosen)
            return
        cell = lowest_free(board)
        for name, m in self.by_cell.get(cell, []):
            if name in used or board & m:
                continue
            self.solve(board | m, used | {name}, chosen + ((name, m),))


def render(chosen):
    grid = [["."] * WIDTH for _ in range(HEIGHT)]
    for name, m in chosen:
        for i in range(WIDTH * HEIGHT):
            if m >> i & 1:
                r, c = divmod(i, WIDTH)
                grid[r][c] = name
    return ["".join(row) for row in grid]


def main():
    table = placements()
    for name in PIECES:
        print(name, len(orientations(PIECES[name])), "orientations,", len(table[name]), "placements")
    full = (1 << (WIDTH * HEIGHT)) - 1
    solver = Solver(sorted(PIECES), table, full)
    solver.solve()
    print("solutions:", len(solver.solutions), "nodes:", solver.nodes)
    if solver.solutions:
        boards = sorted("".join(render(s)) for s in solver.solutions)
        print("\n".join(boards[0][i:i + WIDTH] for i in range(0, WIDTH * HEIGHT, WIDTH)))
        print()
        print("\n".join(boards[-1][i:i + WIDTH] for i in range(0, WIDTH * HEIGHT, WIDTH)))
    print(bin(full).count("1"), lowest_free(0b1011), has_dead_cell(0b10 | 0b1000000 | 0b100))


if __name__ == "__main__":
    main()
