# Module functions kept in variables and called with any of the argument
# counts the function accepts (pidigits' `icount = itertools.count`), and
# `*args` forwarded into module functions.
import itertools
import math
from itertools import count, islice
from math import log

icount = itertools.count
take = itertools.islice
ln = math.log


def forward_count(*args):
    return itertools.count(*args)


def log_of(x, *base):
    return math.log(x, *base)


def first(n, it):
    return list(take(it, n))


def main():
    print(first(3, icount()), first(3, icount(5)), first(3, icount(1, 4)))
    print(list(take(icount(10), 2, 6)), list(take(icount(), 1, 9, 3)))
    print(ln(math.e), ln(8, 2), ln(100, 10))
    start = count
    print(list(islice(start(7), 3)))
    lg = log
    print(round(lg(1000, 10), 6), lg(1))
    print(first(4, forward_count()), first(2, forward_count(3)), first(2, forward_count(2, 5)))
    print(log_of(1), log_of(81, 3))
    pairs = map(lambda k: (k, 2 * k + 1), icount(1))
    print(list(islice(pairs, 4)))
    chain = itertools.chain
    print(list(chain([1, 2], (3,), "ab")))
    print(list(chain()))
    fns = [math.floor, math.ceil, math.trunc]
    print([f(-2.5) for f in fns])
    try:
        icount("x")
    except TypeError as e:
        print("TypeError:", e)


if __name__ == "__main__":
    main()
