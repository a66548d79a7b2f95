def make_counter(start):
    count = start

    def bump(by=1):
        nonlocal count
        count += by
        return count

    return bump


def compose(f, g):
    return lambda x: f(g(x))


def apply_twice(f, x):
    return f(f(x))


def square(x):
    return x * x


def main():
    c = make_counter(10)
    print(c(), c(5), c())
    inc = lambda n: n + 1
    print(inc(1), apply_twice(inc, 5), apply_twice(square, 3))
    h = compose(square, inc)
    print(h(4))
    scale = 2.5
    times = lambda v: v * scale
    print(times(2.0))
    fs = square if scale > 1 else inc
    print(fs(7))


if __name__ == "__main__":
    main()
