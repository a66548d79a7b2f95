"""Conway's game of life on an unbounded plane using sets of live cells."""
from collections import Counter
from itertools import product

GLIDER = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
R_PENTOMINO = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
BLINKER = {(0, 1), (1, 1), (2, 1)}


def step(live):
    counts = Counter((x + dx, y + dy) for x, y in live for dx, dy in product((-1, 0, 1), (-1, 0, 1)) if dx or dy)
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}


def bounds(live):
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    return min(xs), min(ys), max(xs), max(ys)


def show(live):
    x0, y0, x1, y1 = bounds(live)
    lines = []
    for y in range(y0, y1 + 1):
        lines.append("".join("#" if (x, y) in live else "." for x in range(x0, x1 + 1)))
    return "\n".join(lines)


def normalise(live):
    x0, y0, _, _ = bounds(live)
    return frozenset((x - x0, y - y0) for x, y in live)


def period(live, limit=50):
    seen = {normalise(live): 0}
    for gen in range(1, limit + 1):
        live = step(live)
        key = normalise(live)
        if key in seen:
            return gen - seen[key]
        seen[key] = gen
    return None


def main():
    live = set(GLIDER)
    for gen in range(4):
        live = step(live)
    print(show(live))
    print("glider moved to", sorted(live))
    print("blinker period", period(BLINKER), "glider period", period(GLIDER))
    live = set(R_PENTOMINO)
    history = []
    for gen in range(1, 301):
        live = step(live)
        if gen % 50 == 0:
            history.append((gen, len(live), bounds(live)))
    for row in history:
        print(row)
    x0, y0, x1, y1 = bounds(live)
    print(f"final population {len(live)} in {x1 - x0 + 1}x{y1 - y0 + 1}")
    rows = Counter(y for _, y in live)
    print(rows.most_common(3))


if __name__ == "__main__":
    main()
