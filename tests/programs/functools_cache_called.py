"""functools.cache and lru_cache called on functions instead of decorating
them: memoising a recursive function after its def, and wrapping helpers
inside a function, with cache_info() and cache_clear()."""
import functools
from functools import lru_cache, cache


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


fib = lru_cache(maxsize=None)(fib)


def sq(x):
    return x * x


def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


cached_paths = functools.cache(paths)


def main():
    print(fib(60), fib.cache_info())
    f = functools.lru_cache(maxsize=None)(sq)
    print(f(3), f(3), f(4))
    print(f.cache_info())
    f.cache_clear()
    print(f.cache_info())
    g = functools.cache(sq)
    print(g(5), g(5))
    print(g.cache_info())
    h = functools.lru_cache(maxsize=2)(sq)
    for i in [1, 2, 1, 3, 1, 2]:
        h(i)
    print(h.cache_info())
    print(cached_paths(5, 5), cached_paths(5, 5), cached_paths.cache_info())
    d = lru_cache(sq)
    print(d(9), d.cache_info(), d.__name__)
    fib.cache_clear()
    print(fib(10), fib.cache_info())


main()
