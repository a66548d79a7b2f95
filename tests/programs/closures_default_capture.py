# Defaults belong to each function value made: `lambda x, i=i:` in a loop
# (also nested defs and module-level lambdas), mutable defaults shared by the
# calls of one value, and defaults of module-level functions.


def adders():
    out = []
    for i in range(3):
        out.append(lambda x, i=i: x + i)
    return out


def makers():
    out = []
    for scale in (1.5, 2.0):
        def scaled(x, k=scale, label="s"):
            return f"{label}{x * k}"
        out.append(scaled)
    return out


def accumulate(item, into=[]):
    into.append(item)
    return len(into)


TOP = [lambda x, i=i: x * i for i in range(4)]


def main():
    print([f(10) for f in adders()])
    print([f(2) for f in makers()], [f(2, label="t") for f in makers()])
    print(accumulate("a"), accumulate("b"), accumulate("c", []))
    print([f(3) for f in TOP])
    cache = []
    for n in range(3):
        def keep(v, store=cache, n=n):
            store.append((n, v))
            return len(store)
        keep(n * 10)
    print(cache)


if __name__ == "__main__":
    main()
