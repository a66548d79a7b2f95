# f(*items) of a list into a function with *args: leading parameters take the first items.
class Acc:
    def __init__(self):
        self.seen = []

    def add(self, *xs):
        self.seen.extend(xs)
        return len(xs)


def total(*xs):
    return sum(xs)


def fmt(sep, *parts):
    return sep.join(str(p) for p in parts)


def head(first, second, *rest, tag="t"):
    return f"{first}/{second}/{rest}/{tag}"


def main():
    vals = [1, 2, 3]
    print(total(*vals), total(*[]), fmt("-", *vals), fmt("+", 0, *vals), fmt(*["a", "b", "c"]))
    print(head(*vals), head(*list("xyzw"), tag="q"), head(0, *vals))
    acc = Acc()
    print(acc.add(*vals), acc.add(*[7]), acc.seen)
    words = "the quick brown fox".split()
    print(fmt(" ", *words), fmt(", ", *sorted(words)))
    try:
        head(*[1])
    except TypeError as exc:
        print("TypeError:", exc)


if __name__ == "__main__":
    main()
