def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def chain(*parts):
    for p in parts:
        yield from p


def evens(limit):
    for x in count_up(limit):
        if x % 2 == 0:
            yield x * 1.5


def main():
    for v in count_up(3):
        print(v)
    g = fib()
    print([next(g) for _ in range(10)])
    print(list(evens(10)), sum(evens(5)))
    it = count_up(2)
    print(next(it), next(it), next(it, "end"))
    total = 0
    for x in fib():
        if x > 100:
            break
        total += x
    print(total)


if __name__ == "__main__":
    main()
