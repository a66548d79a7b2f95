# float ** constant computes libm's pow as CPython does, even where the exponent is a constant the
# optimiser could see (2, -1, 0.5): pow(x, 2.0) differs from x * x in the last bit for some x, and a
# backprop network's `1.0 - y ** 2` drifted from CPython's numbers over a few hundred epochs.
import math
import random


def dsigmoid(y):
    return 1.0 - y ** 2


def main():
    rng = random.Random(5)
    xs = [rng.uniform(-1.0, 1.0) for _ in range(20000)]
    squares = [x ** 2 for x in xs]
    differ = sum(1 for x, s in zip(xs, squares) if s != x * x)
    print('x ** 2 differs from x * x for', differ, 'of', len(xs))
    print(repr(sum(squares)), repr(math.fsum(squares)))
    print(repr(sum(dsigmoid(x) for x in xs)))
    print(repr(sum(pow(x, 2) for x in xs)), repr(sum(math.pow(x, 2.0) for x in xs)))
    print(repr(sum(x ** -1 for x in xs if x)), repr(sum(abs(x) ** 0.5 for x in xs)))
    print(repr(sum(2.0 ** x for x in xs)), repr(sum(x ** 3 for x in xs)))
    total = 0.0
    for x in xs[:50]:
        total += (x * 3.7) ** 2
    print(repr(total), repr(xs[7] ** 2), repr(1.1 ** 2))


if __name__ == '__main__':
    main()
