squares = (n * n for n in range(4))
print(list(squares))


class Bag:
    def __init__(self, items):
        self.items = items

    def positive(self):
        return (i for i in self.items if i > 0)


def first(it):
    for x in it:
        return x
    return None


def main():
    b = Bag([-1, 3, -2, 5])
    print(list(b.positive()))
    print(first(w.upper() for w in ["a", "b"]))
    fs = [lambda: i for i in range(3)]
    print([f() for f in fs])
    gens = [(j * i for j in range(3)) for i in range(3)]
    print([list(g) for g in gens])
    rows = [[1, 2], [3, 4]]
    totals = (sum([y * 2 for y in r]) for r in rows)
    print(list(totals))
    try:
        bad = (x for x in 5)
    except TypeError as e:
        print("TypeError", e)
    lazy = (10 // d for d in [2, 1, 0])
    print(next(lazy), next(lazy))
    try:
        print(next(lazy, "none"))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    print(next(lazy, "none"))
    words = ["x", "yy", "zzz"]
    lengths = (len(w) for w in words)
    words.append("wwww")
    print(max(lengths), sorted(w for w in words if len(w) > 1))


if __name__ == "__main__":
    main()
