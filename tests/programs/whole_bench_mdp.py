# Value iteration on a grid-world Markov decision process (dicts keyed by tuples).
ACTIONS = {"N": (0, -1), "S": (0, 1), "E": (1, 0), "W": (-1, 0)}
GRID = [
    "....+",
    ".#..-",
    ".....",
]


def states():
    return [(x, y) for y in range(len(GRID)) for x in range(len(GRID[0])) if GRID[y][x] != "#"]


def reward(s):
    ch = GRID[s[1]][s[0]]
    return {"+": 1.0, "-": -1.0}.get(ch, -0.04)


def terminal(s):
    return GRID[s[1]][s[0]] in "+-"


def move(s, a):
    dx, dy = ACTIONS[a]
    nx, ny = s[0] + dx, s[1] + dy
    if 0 <= ny < len(GRID) and 0 <= nx < len(GRID[0]) and GRID[ny][nx] != "#":
        return (nx, ny)
    return s


def transitions(s, a):
    side = {"N": "EW", "S": "EW", "E": "NS", "W": "NS"}[a]
    return [(0.8, move(s, a))] + [(0.1, move(s, b)) for b in side]


def value_iteration(gamma=0.9, eps=1e-6):
    U = {s: 0.0 for s in states()}
    rounds = 0
    while True:
        rounds += 1
        delta = 0.0
        newU = {}
        for s in U:
            if terminal(s):
                newU[s] = reward(s)
            else:
                newU[s] = reward(s) + gamma * max(sum(p * U[t] for p, t in transitions(s, a)) for a in ACTIONS)
            delta = max(delta, abs(newU[s] - U[s]))
        U = newU
        if delta < eps:
            return U, rounds


def main():
    U, rounds = value_iteration()
    print("rounds", rounds)
    for y in range(len(GRID)):
        print(" ".join("%6.3f" % U[(x, y)] if (x, y) in U else "   ###" for x in range(len(GRID[0]))))
    policy = {}
    for s in U:
        if not terminal(s):
            policy[s] = max(ACTIONS, key=lambda a: sum(p * U[t] for p, t in transitions(s, a)))
    for y in range(len(GRID)):
        print("".join(policy.get((x, y), GRID[y][x]) for x in range(len(GRID[0]))))


if __name__ == "__main__":
    main()
