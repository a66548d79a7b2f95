# map()/filter()/zip() objects kept in variables and consumed later (lazily,
# as in CPython), and defaultdict with a lambda or a def as its factory.
from collections import defaultdict


def squares(xs):
    return map(lambda v: v * v, xs)


def show(label, it):
    print(label, list(it))


def zero_pair():
    return [0, 0]


def main():
    xs = [1, 2, 3, 4]
    m = map(lambda v: v * v, xs)
    f = filter(lambda v: v % 2 == 0, xs)
    z = zip(xs, "abcd")
    print(list(m))
    print(list(m))
    for v in f:
        print("even", v)
    print(next(z))
    print(list(z))
    words = map(str.upper, ["a", "b"])
    print(next(words), next(words))
    try:
        next(words)
    except StopIteration:
        print("exhausted")
    nums = map(int, "3 4 5".split())
    a, b, c = nums
    print(a + b + c)
    show("squares", squares([5, 6]))
    pairs = map(lambda p, q: p * q, [1, 2, 3], [4, 5, 6])
    print(sum(pairs))
    truthy = filter(None, [0, 1, "", "x", None, 2])
    print(list(truthy))
    evens = filter(lambda n: n % 2 == 0, range(10))
    doubled = map(lambda n: n * 2, evens)
    print(list(doubled))

    # Laziness is observable: the function runs only when an item is taken.
    log = []

    def record(v):
        log.append(v)
        return v * 10

    lazy = map(record, [1, 2, 3])
    print("log before", log)
    print(next(lazy), log)
    print(list(lazy), log)
    print(", ".join(map(str, xs)))

    dd = defaultdict(lambda: [0, 0])
    dd["a"][0] += 1
    dd["b"][1] += 5
    dd["a"][1] += 2
    print(dict(dd))
    labels = defaultdict(lambda: "unknown")
    labels["x"] = "known"
    print(labels["x"], labels["q"], len(labels))
    nested = defaultdict(lambda: defaultdict(int))
    nested["x"]["y"] += 3
    nested["x"]["z"] += 1
    nested["w"]["y"] += 1
    print({k: dict(v) for k, v in nested.items()})
    base = 10
    scaled = defaultdict(lambda: base * 2)
    print(scaled["k"] + 1, dict(scaled))
    pairs_by_key = defaultdict(zero_pair)
    pairs_by_key[1][0] = 7
    print(dict(pairs_by_key), 1 in pairs_by_key, 2 in pairs_by_key, pairs_by_key.get(2))
    counts = defaultdict(lambda: 0)
    for w in "the cat the hat the".split():
        counts[w] += 1
    print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


if __name__ == "__main__":
    main()
