from functools import lru_cache, reduce
import functools


@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@functools.cache
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


def main():
    print(fib(90), paths(16, 16))
    print(reduce(lambda a, b: a * b, range(1, 20)), reduce(lambda acc, s: acc + len(s), ["ab", "cde"], 0))
    print(reduce(lambda a, b: a if a > b else b, [3, 9, 2]))


if __name__ == "__main__":
    main()
