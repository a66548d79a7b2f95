# Classes derived from list and dict: the inherited methods and dunders,
# extra attributes, super() calls, __missing__, overriding methods.


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    def is_empty(self):
        return len(self) == 0


class History(list):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def append(self, item):
        super().append(item)
        if len(self) > self.limit:
            self.pop(0)


class Path(list):
    def __init__(self, points):
        super().__init__(points)

    def length(self):
        total = 0
        for a, b in zip(self, self[1:]):
            total += abs(b - a)
        return total

    def __repr__(self):
        return "Path(" + " -> ".join(str(p) for p in self) + ")"


class Registry(dict):
    def register(self, name, value):
        if name in self:
            raise KeyError(f"duplicate {name}")
        self[name] = value


class Counts(dict):
    def __missing__(self, key):
        return 0

    def add(self, key):
        self[key] = self[key] + 1


class AttrDict(dict):
    def __getattr__(self, name):
        if name in self:
            return self[name]
        raise AttributeError(name)


def main():
    s = Stack()
    print(s.is_empty(), s, len(s))
    for i in range(4):
        s.push(i * i)
    print(s, s.peek(), len(s), s.pop(), s, 4 in s, 9 in s)
    print([x + 1 for x in s], sum(s), sorted(s, reverse=True), list(s), s.index(1), s.count(4))
    s.extend([7, 8])
    s.insert(0, -1)
    s.remove(7)
    s[0] = 100
    print(s, s[1:3], s == [100, 0, 1, 4, 8], s == Stack(), bool(s), bool(Stack()))
    s.sort()
    print(s, s.copy(), type(s).__name__)
    s.reverse()
    s += [5]
    print(s, s + [6])
    print(s * 2, 2 * s, s != [1])
    del s[0]
    print(s)
    s.clear()
    print(s, s.is_empty())

    h = History(3)
    for word in "a b c d e".split():
        h.append(word)
    print(h, h.limit, len(h))

    p = Path([0, 3, 1, 4])
    print(p, p.length(), p[0], len(p))

    r = Registry()
    r.register("x", 1)
    r.register("y", 2)
    try:
        r.register("x", 3)
    except KeyError as e:
        print("KeyError:", e)
    print(r, len(r), r["y"], r.get("z"), r.get("z", 0), "x" in r, list(r), sorted(r.items()))
    print(list(r.keys()), list(r.values()), r.pop("x"), r.pop("q", None), r, r.setdefault("w", 9), r)
    r.update({"v": 5})
    del r["w"]
    r["w"] = 9
    print(r, r == {"y": 2, "w": 9, "v": 5}, r.copy())

    c = Counts()
    for ch in "mississippi":
        c.add(ch)
    print(c, c["s"], c["z"], "z" in c, len(c))

    cfg = AttrDict({"host": "localhost", "port": 8080})
    print(cfg.host, cfg.port, cfg["port"], cfg)
    try:
        print(cfg.user)
    except AttributeError as e:
        print("AttributeError:", e)


if __name__ == "__main__":
    main()
