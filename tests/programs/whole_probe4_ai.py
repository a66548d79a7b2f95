"""PyPy / Unladen Swallow's ai benchmark: n-queens over permutations and an
alphametics solver, both driven by generators, plus the itertools versions."""
import itertools


def permutations(iterable):
    """Generate all permutations of the iterable's elements (the benchmark's own)."""
    pool = tuple(iterable)
    n = len(pool)
    indices = list(range(n))
    cycles = list(range(n, 0, -1))
    yield tuple(pool[i] for i in indices[:n])
    while n:
        for i in reversed(range(n)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:n])
                break
        else:
            return


def n_queens(queen_count):
    """N-Queens solver.

    Yields each solution as a tuple whose i-th entry is the column of the queen
    in row i.
    """
    cols = range(queen_count)
    for vec in permutations(cols):
        if (queen_count == len(set(vec[i] + i for i in cols))
                == len(set(vec[i] - i for i in cols))):
            yield vec


def n_queens_itertools(queen_count):
    cols = range(queen_count)
    return [vec for vec in itertools.permutations(cols)
            if queen_count == len({vec[i] + i for i in cols}) == len({vec[i] - i for i in cols})]


def word_value(word, assignment):
    value = 0
    for ch in word:
        value = value * 10 + assignment[ch]
    return value


def solve(puzzle):
    """Solve an alphametic such as 'SEND + MORE == MONEY'; yields the filled-in puzzles."""
    left, right = puzzle.split("==")
    addends = [w.strip() for w in left.split("+")]
    total = right.strip()
    words = addends + [total]
    letters = sorted(set("".join(words)))
    if len(letters) > 10:
        raise ValueError("too many letters")
    leading = {w[0] for w in words}
    for digits in itertools.permutations(range(10), len(letters)):
        assignment = dict(zip(letters, digits))
        if any(assignment[c] == 0 for c in leading):
            continue
        if sum(word_value(w, assignment) for w in addends) == word_value(total, assignment):
            table = str.maketrans({c: str(d) for c, d in assignment.items()})
            yield puzzle.translate(table)


def take(n, iterable):
    return list(itertools.islice(iterable, n))


def main():
    for n in (4, 5, 6, 7):
        solutions = list(n_queens(n))
        print(n, "queens:", len(solutions), "first:", solutions[0] if solutions else None)
    print("itertools agrees:", list(n_queens(6)) == n_queens_itertools(6))
    print("first three of 8:", take(3, n_queens(8)))
    print("permutations:", list(permutations("abc")))
    print("empty:", list(permutations([])))
    count = sum(1 for _ in permutations(range(6)))
    print("6! =", count)
    for puzzle in ("ODD + ODD == EVEN", "TO + GO == OUT", "I + BB == ILL"):
        answers = list(solve(puzzle))
        print(puzzle, "->", answers[:2], len(answers))
    gen = n_queens(5)
    print(next(gen), next(gen))
    gen.close()
    try:
        next(gen)
    except StopIteration:
        print("closed generator raises StopIteration")


if __name__ == "__main__":
    main()
