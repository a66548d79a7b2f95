"""Tuples whose length is known only at run time: tuple(xs), slices, concatenation, repetition."""


def rotate(t, k):
    return t[k:] + t[:k]


def total(t):
    s = 0
    for v in t:
        s += v
    return s


def first_last(t):
    a, *_, b = t
    return a, b


def pair(t):
    a, b = t
    return a * b


def describe_all(*args):
    return "-".join(str(a) for a in args)


def neighbours(state, n):
    z = state.index(0)
    r, c = divmod(z, n)
    for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < n and 0 <= nc < n:
            s = list(state)
            j = nr * n + nc
            s[z], s[j] = s[j], s[z]
            yield tuple(s)


def add3(a, b, c):
    return a + b + c


def takes_any(*args):
    return len(args), args


def grow(t, n):
    if n == 0:
        return t
    return grow(t + (n,), n - 1)


def pick(t, i):
    return t[i]


def more():
    xs = [1.5, 2.5, 3.0]
    t = tuple(xs)
    print(t, t[True], t[-1] * 2, sum(t), pick(t, 1), pick((1, 2), 0))
    b = tuple(x > 2 for x in xs)
    print(b, b[0] or b[2], pick(b, 2))
    print(add3(*t), takes_any(*t), takes_any(*t[:1]), max(t), min(tuple([4, 2, 9])))
    print(*t, sep="|")
    pairs = tuple((i, str(i)) for i in range(3))
    print(list(zip(*pairs)), dict(pairs), pairs[1][1] + "!")
    n1, s1 = pairs[2]
    print(n1 + 1, s1 * 2)
    print(tuple("abc"), tuple({"k": 1, "j": 2}), tuple(range(3)), tuple(reversed((1, 2, 3))))
    print(t == list(xs), t == tuple(xs), (1, 2) < tuple([1, 3]), tuple([1]) + tuple(["a"]))
    print(grow((), 5), grow(tuple([9]), 3))
    stack = [tuple(range(i)) for i in range(4)]
    while stack:
        top = stack.pop()
        print(top, len(top), top[-1] if top else None)
    mixed = tuple([1, "a", None, 2.5])
    print(mixed, mixed[1], mixed[3] + 1, type(mixed[2]).__name__)
    d = {}
    for w in "the cat sat on the mat".split():
        key = tuple(sorted(w))
        d.setdefault(key, []).append(w)
    print(sorted(d.items()))
    e = tuple()
    print(e, len(e), e == (), bool(e))
    t2 = t * 2
    t2 += (7.0,)
    print(t2, len(t2), t2.index(7.0), t2.count(1.5))
    a, *rest = tuple(range(5))
    print(a, rest)
    try:
        x, y = tuple(range(3))
    except ValueError as err:
        print(err)
    print(hash(tuple([1, 2])) == hash((1, 2)), {tuple([1, 2]): 1}[(1, 2)], (1, 2) in {tuple([1, 2])})
    print(sorted([tuple([3, 1]), (1, 2), tuple([2])]))


def make_nested(d):
    if d == 0:
        return ()
    return tuple(make_nested(d - 1) for _ in range(2))


def count_nodes(t):
    return 1 + sum(count_nodes(c) for c in t)


def chain(d):
    if d == 0:
        return None
    return (d, chain(d - 1))


def walk(c):
    total = 0
    while c is not None:
        v, c = c
        total += v
    return total


def main():
    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    t = tuple(xs)
    print(t, len(t), t[0], t[-1], t[2:5], t[::-1], t[::2])
    print(total(t), sum(t), max(t), min(t), sorted(t), 4 in t, 7 in t, 7 not in t)
    print(t.index(5), t.count(1), rotate(t, 3), rotate(t, 0))
    print(t == tuple(xs), t < tuple(xs) + (0,), t > (3, 1), t != (3,), hash(t) == hash(tuple(xs)))
    print(first_last(t), pair(tuple([6, 7])))
    try:
        pair(t)
    except ValueError as e:
        print("ValueError", e)
    try:
        pair(tuple([1]))
    except ValueError as e:
        print("ValueError", e)
    try:
        print(t[20])
    except IndexError as e:
        print("IndexError", e)
    fixed = (1, 2, 3)
    mixed = fixed if len(t) > 100 else t
    print(mixed, fixed + t, t + fixed, t * 2, 2 * fixed, (t + fixed)[9])
    g = tuple(x * x for x in range(6))
    print(g, g[3] + 1, bool(g), bool(tuple()), tuple(sorted(g, reverse=True)))
    seen = {t: "t", tuple(sorted(xs)): "sorted"}
    print(seen[tuple(xs)], seen[tuple(sorted(t))], len(seen))
    s = {tuple(xs[:i]) for i in range(4)}
    print(sorted(s), () in s)
    words = tuple("hello world foo".split())
    print(words, " ".join(words), words[1].upper(), describe_all(*words), describe_all(*t[:3]))
    fl = tuple(x / 2 for x in xs)
    print(fl, fl[1] + 0.25, sum(fl))
    bs = tuple(x > 2 for x in xs)
    print(bs, bs[0] and bs[2], any(bs), all(bs))
    acc = ()
    for x in xs[:4]:
        acc = acc + (x,)
    print(acc, len(acc), acc[-1])
    start = (1, 2, 3, 4, 0, 5, 6, 7, 8)
    frontier = [start]
    seen2 = {start: None}
    for _ in range(3):
        nxt = []
        for st in frontier:
            for nb in neighbours(st, 3):
                if nb not in seen2:
                    seen2[nb] = st
                    nxt.append(nb)
        frontier = nxt
    print(len(seen2), frontier[0], frontier[-1])
    print(isinstance(t, tuple), isinstance(t, list), type(t).__name__, repr(t[1:2]), str(t[:0]))
    nested = tuple(tuple(range(i)) for i in range(4))
    print(nested, nested[3][2], [len(x) for x in nested])
    print(max(tuple(xs), key=lambda v: -v), list(enumerate(t[:3])), list(zip(t, words)))
    more()
    print(count_nodes(make_nested(5)), make_nested(2), walk(chain(10)), chain(3))


if __name__ == "__main__":
    main()
