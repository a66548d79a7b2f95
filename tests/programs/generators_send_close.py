# Coroutine-style generators (send, close, StopIteration after the end, return
# values: StopIteration.value and the value of yield from, which forwards send) and
# generator expressions abandoned early by any()/all() and by break.


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total / count


def countdown(n):
    while n > 0:
        received = yield n
        if received is not None:
            n = received
        else:
            n -= 1
    return "done"


def inner():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


def outer(out):
    out.append((yield from inner()))
    yield "after"


def finishing():
    yield 1
    return "done"


def main():
    g = finishing()
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print("value:", e.value, e.args)
    try:
        next(g)
    except StopIteration as e:
        print("again:", e.value, e.args)
    out = []
    o = outer(out)
    next(o)
    print(o.send(5), o.send(6), o.send(None), out, list(o))

    avg = averager()
    next(avg)
    print(avg.send(10), avg.send(20), avg.send(0))
    avg.close()
    try:
        avg.send(5)
    except StopIteration:
        print("closed")

    c = countdown(5)
    print(next(c), c.send(2), next(c))
    try:
        next(c)
    except StopIteration:
        print("exhausted")
    try:
        countdown(3).send(1)
    except TypeError as e:
        print("TypeError:", e)

    row = [0, 1, 2, 3, 4, 5, 6, 7]
    hits = 0
    for _ in range(20000):
        if any(x > 6 for x in row):
            hits += 1
        if not all(x < 3 for x in row):
            hits += 1
        for x in (y * y for y in row):
            if x > 10:
                break
    print(hits)


if __name__ == "__main__":
    main()
