# map() with a class as the function constructs an instance per item.
class V:
    def __init__(self, t):
        self.n = int(t)

    def __lt__(self, o):
        return self.n < o.n

    def __repr__(self):
        return f"V({self.n})"


class P:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"P({self.x}, {self.y})"


def main():
    xs = ["3", "1", "2"]
    print(max(V(x) for x in xs))
    print(list(map(V, xs)))
    print(min(map(V, xs)), max(map(V, xs)))
    print(sorted(map(int, xs)))
    it = map(V, ["5", "4"])
    for v in it:
        print(v)
    print(list(map(P, [1, 2], [3, 4])), list(map(P, [7])))


if __name__ == "__main__":
    main()
