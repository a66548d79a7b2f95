# A tuple that grows at each recursive call (backtracking) compiles and runs.
def solve(n, chosen=(), used=frozenset()):
    if n == 0:
        return [chosen]
    out = []
    for k in range(3):
        if k in used:
            continue
        out.extend(solve(n - 1, chosen + ((k, "x" * k),), used | {k}))
    return out


def walk(path, depth):
    if depth == 0:
        return len(path)
    return walk(path + (depth,), depth - 1) + walk(path, depth - 1)


def main():
    sols = solve(3)
    print(len(sols), sols[0], sols[-1])
    print(walk((), 12))


if __name__ == "__main__":
    main()
