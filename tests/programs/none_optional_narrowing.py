# Values that are None or of one other type (an int, a str, a tuple, a list, a dict): `best = None`
# then `best = x`, dicts of None and tuples, functions that return None or a value. Tests that
# prove such a value not None (`if x is not None:`, `if x:`, `if x is None: return`, `and`/`or`,
# conditional expressions) give it its other type there; unpacking takes its items.


def smallest(xs):
    best = None
    for x in xs:
        if best is None or x < best:
            best = x
    return best


def longest_word(words):
    found = None
    for w in words:
        if found is None:
            found = w
        elif len(w) > len(found):
            found = w
    if found is None:
        return "(none)"
    return found.upper() + "!"


def find_pair(xs, total):
    seen = {}
    for i, x in enumerate(xs):
        j = seen.get(total - x)
        if j is not None:
            return (j, i)
        seen[x] = i
    return None


def path_to(prev, goal):
    steps = []
    node = goal
    while prev[node] is not None:
        node, move = prev[node]
        steps.append(move)
    return "".join(reversed(steps))


def bfs(n):
    start = (0, 0)
    prev = {start: None}
    frontier = [start]
    while frontier:
        nxt = []
        for p in frontier:
            x, y = p
            for dx, dy, m in ((1, 0, "R"), (0, 1, "D")):
                q = (x + dx, y + dy)
                if q[0] < n and q[1] < n and q not in prev:
                    prev[q] = (p, m)
                    nxt.append(q)
        frontier = nxt
    return prev


def label(code):
    name = None
    if code == 1:
        name = "one"
    elif code == 2:
        name = "two"
    return name.title() if name is not None else "other"


def maybe_list(k):
    if k < 0:
        return None
    return [i * k for i in range(4)]


def summary(k):
    xs = maybe_list(k)
    if not xs:
        return "empty"
    return str(sum(xs)) + ":" + str(xs[-1])


def first_item(d):
    entry = None
    for k in sorted(d):
        entry = d[k]
        break
    if entry:
        a, b = entry
        return a * b
    return -1


def main():
    print(smallest([5, 3, 8, 1, 9]), smallest([]), smallest([7]))
    print(longest_word(["a", "abcd", "xyz"]), longest_word([]))
    print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2], 10))
    r = find_pair([3, 2, 4], 6)
    if r is not None:
        i, j = r
        print("pair", i, j, i + j)
    prev = bfs(4)
    print(len(prev), path_to(prev, (3, 3)), path_to(prev, (2, 1)), path_to(prev, (0, 0)))
    print(label(1), label(2), label(3))
    print(summary(2), summary(-1), summary(0))
    print(first_item({"b": (2, 3), "a": (4, 5)}), first_item({}))
    total = None
    for v in [4, 5, 6]:
        total = v if total is None else total + v
    print(total)
    try:
        a, b = find_pair([1], 5)
    except TypeError as e:
        print("TypeError", e)
    cache = {}
    for w in ["x", "yy", "x", "zzz"]:
        hit = cache.get(w)
        if hit is None:
            cache[w] = len(w) * 10
        else:
            print("hit", w, hit + 1)
    print(sorted(cache.items()))


if __name__ == "__main__":
    main()
