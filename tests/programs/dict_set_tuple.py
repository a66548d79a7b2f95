# Dicts, sets and tuples.


def count_words(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return counts


def main():
    c = count_words("the cat and the hat and the bat")
    print(c, len(c), c["the"], "cat" in c, "dog" in c)
    for k, v in c.items():
        print(k, v)
    print(sorted(c), sorted(c.values()), list(c.keys()))
    d = {1: "one", 2: "two"}
    d[3] = "three"
    print(d, d.get(4), d.get(4, "four"), d.pop(1), d)
    sq = {x: x * x for x in range(5)}
    print(sq, {k: v for k, v in sq.items() if v % 2 == 0})
    s = {3, 1, 2}
    s.add(10)
    s.add(1)
    print(s, len(s), 2 in s, s | {4}, s & {1, 2, 7}, s - {1}, {x % 3 for x in range(10)})
    t = (1, "a", 2.5)
    n, letter, f = t
    print(t, t[0], t[-1], len(t), n, letter, f, t + (True,), (1,), ())
    pairs = [(2, "b"), (1, "a"), (2, "a")]
    pairs.sort()
    print(pairs, max(pairs), dict(pairs))
    nested = {"a": [1, 2], "b": {"c": (3, 4)}}
    print(nested, nested["b"]["c"][1])
    try:
        print(c["dog"])
    except KeyError as e:
        print("missing", e)
    print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))


if __name__ == "__main__":
    main()
