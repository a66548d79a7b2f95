# Lists: displays, indexing, slicing, methods, iteration, aliasing.


def total(xs):
    s = 0
    for x in xs:
        s += x
    return s


def main():
    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    print(xs, len(xs), xs[0], xs[-1], xs[2:5], xs[::-1], xs[1::3])
    xs.append(7)
    xs.insert(0, 10)
    print(xs, xs.pop(), xs.pop(0), xs.index(4), xs.count(1))
    ys = xs
    ys.append(100)
    print(xs is ys if False else "alias", xs)
    xs.sort()
    print(xs, sorted(xs, reverse=True), total(xs))
    xs += [8, 8]
    print(xs, ys)
    zs = xs + [1.5]
    print(zs, zs * 2 if len(zs) < 3 else zs[:3] * 2)
    words = ["pear", "apple", "fig"]
    words.sort()
    print(words, [w.upper() for w in words], [len(w) for w in words if len(w) > 3])
    grid = [[0] * 3 for _ in range(3)]
    grid[1][2] = 5
    print(grid, 5 in grid[1], 7 not in xs)
    a, b, *rest = [1, 2, 3, 4, 5]
    print(a, b, rest)
    first, *middle, last = "hello"
    print(first, middle, last)
    m = max(xs)
    print(m, min(xs), sum(xs), sum([0.5, 0.25]), any(x > 50 for x in xs), all(x > 0 for x in xs))
    del xs[0]
    xs[1:3] = [42]
    print(xs)
    print(list(range(5)), list(reversed([1, 2, 3])), list(enumerate("ab")), list(zip([1, 2], "xy")))
    empty = []
    print(empty, bool(empty), bool(xs), [] == [], [1, 2] < [1, 3])


if __name__ == "__main__":
    main()
