# Shed Skin example pylife.py (in its spirit): Conway's Game of Life on a
# torus held in a list of lists, with a set-based sparse variant, pattern
# parsing from text and cycle detection by hashing generations.

GLIDER = """
.O.
..O
OOO
"""

R_PENTOMINO = """
.OO
OO.
.O.
"""

PULSAR_QUARTER = """
..OOO...
........
O....O..
O....O..
O....O..
..OOO...
"""


def parse(pattern):
    cells = []
    lines = [line for line in pattern.split('\n') if line]
    for y, line in enumerate(lines):
        for x, ch in enumerate(line):
            if ch == 'O':
                cells.append((x, y))
    return cells


class Grid:
    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.cells = [[0] * width for _ in range(height)]

    def place(self, cells, dx, dy):
        for x, y in cells:
            self.cells[(y + dy) % self.height][(x + dx) % self.width] = 1

    def neighbours(self, x, y):
        w, h = self.width, self.height
        total = 0
        for oy in (-1, 0, 1):
            row = self.cells[(y + oy) % h]
            for ox in (-1, 0, 1):
                if ox or oy:
                    total += row[(x + ox) % w]
        return total

    def step(self):
        new = [[0] * self.width for _ in range(self.height)]
        for y in range(self.height):
            for x in range(self.width):
                n = self.neighbours(x, y)
                if n == 3 or (n == 2 and self.cells[y][x]):
                    new[y][x] = 1
        self.cells = new

    def population(self):
        return sum([sum(row) for row in self.cells])

    def signature(self):
        return hash(tuple([tuple(row) for row in self.cells]))

    def __str__(self):
        return '\n'.join([''.join(['#' if c else '.' for c in row]) for row in self.cells])


def sparse_step(live):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    key = (x + dx, y + dy)
                    counts[key] = counts.get(key, 0) + 1
    return set([cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)])


def bounding_box(live):
    xs = [x for x, y in live]
    ys = [y for x, y in live]
    return min(xs), min(ys), max(xs), max(ys)


def mirror(cells, width):
    return [(width - 1 - x, y) for x, y in cells]


def flip(cells, height):
    return [(x, height - 1 - y) for x, y in cells]


def main():
    grid = Grid(12, 10)
    grid.place(parse(GLIDER), 1, 1)
    print(grid)
    for _ in range(4):
        grid.step()
    print()
    print(grid)
    print('population', grid.population())

    quarter = parse(PULSAR_QUARTER)
    pulsar = set(quarter)
    pulsar |= set([(x + 7, y) for x, y in mirror(quarter, 6)])
    pulsar |= set([(x, y + 7) for x, y in flip(quarter, 6)])
    pulsar |= set([(x + 7, y + 7) for x, y in flip(mirror(quarter, 6), 6)])
    grid = Grid(20, 20)
    grid.place(sorted(pulsar), 3, 3)
    seen = {}
    for gen in range(20):
        sig = grid.signature()
        if sig in seen:
            print('pulsar repeats: generation', gen, 'equals', seen[sig])
            break
        seen[sig] = gen
        grid.step()
    print('pulsar population', grid.population())

    live = set(parse(R_PENTOMINO))
    history = []
    for gen in range(200):
        live = sparse_step(live)
        if gen % 25 == 24:
            history.append((gen + 1, len(live), bounding_box(live)))
    for entry in history:
        print(entry)

    soup = Grid(48, 48)
    state = 12345
    cells = []
    for y in range(48):
        for x in range(48):
            state = (state * 69069 + 1) % 4294967296
            if (state >> 16) % 3 == 0:
                cells.append((x, y))
    soup.place(cells, 0, 0)
    pops = []
    for gen in range(60):
        soup.step()
        pops.append(soup.population())
    print(pops[::6], sum(pops))


if __name__ == '__main__':
    main()
