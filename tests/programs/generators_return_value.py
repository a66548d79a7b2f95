# A generator's return value reaches StopIteration.value and yield from as one value, tuples too.
def pairs():
    total = 0
    while True:
        v = yield
        if v is None:
            return total, "done"
        total += v


def outer(out):
    result = yield from pairs()
    out.append(result)
    return [result]


def main():
    g = pairs()
    next(g)
    g.send(3)
    try:
        g.send(None)
    except StopIteration as stop:
        print(stop.value, stop.args, type(stop.value).__name__)
    out = []
    h = outer(out)
    next(h)
    h.send(10)
    try:
        h.send(None)
    except StopIteration as stop:
        print(stop.value, out)


if __name__ == "__main__":
    main()
