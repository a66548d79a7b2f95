# functools.partial objects: .func (its __name__, calling it), .args and .keywords, for partials with and without
# keywords; callable instances (a class with __call__) passed where built-ins call functions (map, sorted, reduce).
import functools
from functools import partial, reduce

def add(a, b, c=0):
    return a + b + c

def scale(x, factor=2.0, *, offset=0.0):
    return x * factor + offset

def main_partial():
    p = partial(add, 1, c=3)
    print(p(2), p(2, c=10))
    print(p.func.__name__, p.args, p.keywords, p.func is add)
    q = partial(add, 1, 2)
    print(q(), q.func.__name__, q.args, q.keywords)
    r = functools.partial(scale, offset=0.5)
    print(r(3.0), r.func.__name__, r.args, r.keywords, r.keywords["offset"])
    print(list(map(partial(add, 10), [1, 2, 3])))
    s = partial(q)
    print(s())
    fs = [partial(add, 1), partial(add, 2, 3)]
    for f in fs:
        print(f.func.__name__, f.args, f.keywords, f(*([5] if len(f.args) == 1 else [])))
    print(callable(p), p.func(1, 1))


class Scaler:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


class Adder:
    def __call__(self, a, b):
        return a + b


def main_callable_instances():
    print(list(map(Scaler(3), [1, 2, 3])))
    print(sorted([3, -1, 2], key=Scaler(-1)))
    print(reduce(Adder(), [1, 2, 3, 4]))
    print(list(filter(Scaler(0), [1, 2])), max([1, 5, 2], key=Scaler(-2)))


def main():
    main_partial()
    main_callable_instances()


main()
