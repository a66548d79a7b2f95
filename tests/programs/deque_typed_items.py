"""collections.deque with typed items: a grid BFS over (row, col) tuples, float items, mixed items, and the operations on a deque (methods, +, *, +=, indexing, maxlen, pop from an empty deque, its type's __name__)."""
from collections import OrderedDict, defaultdict, deque


def grid_bfs(w, h, walls):
    dist = {(0, 0): 0}
    q = deque([(0, 0)])
    while q:
        r, c = q.popleft()
        d = dist[(r, c)]
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < h and 0 <= nc < w and (nr, nc) not in walls and (nr, nc) not in dist:
                dist[(nr, nc)] = d + 1
                q.append((nr, nc))
    return dist


def floats():
    d = deque(maxlen=3)
    for i in range(6):
        d.append(i * 0.5)
    total = 0.0
    for x in d:
        total += x
    d.appendleft(9.25)
    d.rotate(1)
    return total, d[0], d[-1], len(d), list(d), d.maxlen


def mixed():
    d = deque()
    d.append(1)
    d.append("a")
    d.extendleft([None, 2.5])
    d += [7]
    d2 = d + deque([8])
    d3 = d2 * 2
    d[0] = "z"
    del d[1]
    print(d, d2, len(d3), 7 in d, d.index(7), d.count("a"))
    d.clear()
    print(bool(d), d == deque(), repr(d))
    try:
        d.popleft()
    except IndexError as e:
        print("IndexError", e)
    try:
        print(d[0:1])
    except TypeError as e:
        print("TypeError", e)
    print(len(d), type(d).__name__, type(iter(d)).__name__, type(defaultdict(int)).__name__, type(OrderedDict()).__name__)


def kw():
    d = deque(iterable=[1, 2, 3], maxlen=2)
    print(d, d.pop() + 1)


def pass_around(q):
    q.append(len(q))
    return q


def main():
    walls = {(1, 1), (2, 3), (3, 1), (4, 4)}
    dist = grid_bfs(60, 50, walls)
    print(len(dist), max(dist.values()), sum(dist.values()))
    print(floats())
    mixed()
    kw()
    q = pass_around(deque([10, 20]))
    q2 = deque(q)
    q2.append(3)
    print(q, q2, q.popleft() * 2, sorted(q2), sum(q2), max(q2))
    n = deque(range(5))
    n.reverse()
    print(n, n.pop(), n.popleft(), list(reversed(n)))
    lines = deque(["x", "yy"])
    s = lines.popleft().upper() + lines.pop()
    print(s)
    ds = [deque([1]), deque([2, 3])]
    print(ds[1].popleft() + ds[0][0])


if __name__ == "__main__":
    main()
