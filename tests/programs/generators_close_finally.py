# generator.close() raises GeneratorExit at the suspended yield: finally blocks
# run, a body that catches it and yields again is a RuntimeError, another
# exception raised while closing propagates, and closing twice or before the
# start does nothing.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("caught exit")
        yield 2


def failing():
    try:
        yield 1
    finally:
        raise KeyError("in finally")


def returning():
    try:
        yield 1
    except GeneratorExit:
        print("cleanup and return")
        return


def averager():
    total = 0.0
    count = 0
    try:
        while True:
            value = yield (total / count if count else None)
            total += value
            count += 1
    finally:
        print("averager closed after", count)


def main():
    g = gen()
    print(next(g))
    g.close()
    print("closed")
    g.close()
    print(list(g))
    h = gen()
    h.close()
    print("never started")
    s = stubborn()
    next(s)
    try:
        s.close()
    except RuntimeError as e:
        print("RuntimeError:", e)
    f = failing()
    next(f)
    try:
        f.close()
    except KeyError as e:
        print("KeyError:", e)
    r = returning()
    next(r)
    r.close()
    a = averager()
    next(a)
    print(a.send(10))
    print(a.send(20))
    a.close()


main()
