# functools caches' statistics: cache_info() (CPython's CacheInfo named
# tuple) and cache_clear(), for @cache, @lru_cache and bounded caches.
import functools
from functools import cache, lru_cache


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@cache
def square(n):
    return n * n


@lru_cache(maxsize=2)
def succ(n):
    return n + 1


@lru_cache
def words(text):
    return tuple(text.split())


@lru_cache(maxsize=32, typed=False)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


def report(name, info):
    rate = info.hits / (info.hits + info.misses) if info.hits + info.misses else 0.0
    print(f"{name}: {info.hits} hits, {info.misses} misses, size {info.currsize}/{info.maxsize}, rate {rate:.2f}")


def main():
    print(fib.cache_info())
    print(fib(30))
    info = fib.cache_info()
    print(info)
    print(info.hits, info.misses, info.maxsize, info.currsize, info[0], len(info))
    fib.cache_clear()
    print(fib.cache_info())
    print(fib(10), fib.cache_info().currsize)

    for x in [2, 3, 2, 2, 4]:
        square(x)
    print(square.cache_info())
    report("square", square.cache_info())

    for x in [1, 2, 1, 3, 1, 2]:
        succ(x)
    print(succ.cache_info())
    print(succ.cache_clear())
    print(succ.cache_info(), repr(succ.cache_info()))

    print(words("a b c"), words("a b c"), words.cache_info())
    print(collatz(27), collatz.cache_info())
    report("collatz", collatz.cache_info())


main()
