"""Loops over pairs: for i, x in enumerate(...), for a, b in zip(xs, ys), for k, v in d.items(); loops and comprehensions."""


class Noisy:
    def __init__(self, name, items):
        self.name = name
        self.items = items

    def __iter__(self):
        print("iter", self.name)
        return iter(self.items)


def gen(n):
    for i in range(n):
        print("gen yields", i)
        yield i * i
    print("gen done")


def items_loops():
    d = {"one": 1, "two": 2, "three": 3}
    for k, v in d.items():
        print(k, v)
        d[k] = v * 10
    print(d)
    print({v: k for k, v in d.items()})
    print([k + str(v) for k, v in d.items() if v > 10])
    scores = {(1, 2): 1.5, (3, 4): 2.5}
    for (a, b), s in scores.items():
        print(a + b, s * 2)
    try:
        for k, v in d.items():
            d[k + "!"] = v
    except RuntimeError as e:
        print("RuntimeError", e)
    e = {}
    for k, v in e.items():
        print("never")
    else:
        print("empty else")
    counts = {}
    for w in "the cat and the hat and the bat".split():
        counts[w] = counts.get(w, 0) + 1
    best = ""
    for w, c in counts.items():
        if c > 1:
            best += w
            continue
        if w == "bat":
            break
    print(best)
    mixed = {1: "a", "b": 2.5, None: [1]}
    for k, v in mixed.items():
        print(repr(k), repr(v))


def main():
    items_loops()
    words = ["a", "bb", "ccc"]
    for i, w in enumerate(words):
        print(i, w)
    for i, w in enumerate(words, 1):
        print(i, w)
    for i, w in enumerate(words, -2):
        print(i, w)
    print([i * len(w) for i, w in enumerate(words)])
    print({w: i for i, w in enumerate(words, 10)})
    total = 0
    for a, b in zip([1, 2, 3], [10, 20, 30, 40]):
        total += a * b
    print(total)
    for a, b in zip("xyz", range(2)):
        print(a, b)
    else:
        print("zip else")
    for a, b in zip(Noisy("left", [1, 2]), Noisy("right", [3])):
        print("pair", a, b)
    for a, b in zip(gen(5), "ab"):
        print("g", a, b)
    for a, b in zip("ab", gen(5)):
        print("h", a, b)
    for i, v in enumerate(gen(4)):
        if i == 2:
            break
        print("e", i, v)
    print("after break")
    big = 2**62
    for i, c in enumerate("abc", big):
        print(i, c)
    pairs = [(1, 2), (3, 4)]
    for i, (p, q) in enumerate(pairs):
        print(i, p + q)
    for [i, x] in enumerate([5.5, 6.5]):
        print(i, x / 2)
    d = {"k": 1, "m": 2}
    print(sum(x * y for x, y in zip(d.values(), [3, 4])))
    try:
        for a, b in zip([1], 5):
            print(a, b)
    except TypeError as e:
        print("TypeError", e)
    try:
        for i, x in enumerate(7):
            print(i, x)
    except TypeError as e:
        print("TypeError", e)
    n = 0
    for i, x in enumerate([3, 1, 2]):
        for j, y in enumerate([3, 1, 2]):
            if x < y:
                n += i * j
    print(n)


if __name__ == "__main__":
    main()
