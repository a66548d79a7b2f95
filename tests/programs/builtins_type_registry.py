def parse(text, conv):
    return conv(text)


class Registry:
    def __init__(self):
        self.handlers = {}

    def register(self, kind, fn):
        self.handlers[kind] = fn

    def encode(self, v):
        return self.handlers[type(v)](v)


def main():
    print(parse("3", float), parse("7", int) + 1, parse("x", str.upper), parse("ab", list))
    r = Registry()
    r.register(int, lambda v: f"i{v}")
    r.register(str, lambda v: f"s{v!r}")
    r.register(float, lambda v: f"f{v:.1f}")
    print([r.encode(v) for v in [1, "a", 2.5]])
    print(list(map(int, ["1", "2"])), sorted(["b", "A", "c"], key=str.lower), max(["10", "9"], key=int), min([3, -4], key=abs))
    print(sorted(["10", "9", "100"], key=int), list(filter(bool, [0, 1, 2])))


if __name__ == "__main__":
    main()
