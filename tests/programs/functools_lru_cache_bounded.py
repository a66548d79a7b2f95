# functools.lru_cache with a bound: a hit makes its key the most recently
# used, a call beyond maxsize drops the least recently used result (a side
# effect shows which calls ran), maxsize=0 caches nothing, the bare decorator
# keeps 128 and maxsize=None keeps all.
import functools
from functools import lru_cache


@functools.lru_cache(maxsize=2)
def sq(n):
    print("computing", n)
    return n * n


@lru_cache(maxsize=0)
def nocache(n):
    print("always", n)
    return n


@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_cache(None)
def tri(n):
    return n if n < 1 else n + tri(n - 1)


def main():
    for n in [1, 2, 1, 3, 1, 2, 3, 3, 2]:
        print(sq(n))
    nocache(1)
    nocache(1)
    print(fib(300))
    print(tri(300))


main()
