"""Closures and decorators: memoize with *args/**kwargs, call counters, retry, validation."""
import functools
from functools import wraps

CALL_LOG = []
COUNTS = {}
CACHES = {}


def counted(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        COUNTS[func.__name__] = COUNTS.get(func.__name__, 0) + 1
        return func(*args, **kwargs)
    return wrapper


def memoize(func):
    cache = {}

    @wraps(func)
    def wrapper(*args):
        if args in cache:
            return cache[args]
        result = func(*args)
        cache[args] = result
        return result
    CACHES[func.__name__] = cache
    return wrapper


def logged(prefix):
    def decorator(func):
        def wrapper(*args, **kwargs):
            CALL_LOG.append(f"{prefix}{func.__name__}{args}")
            return func(*args, **kwargs)
        return wrapper
    return decorator


def retry(times):
    def decorator(func):
        def wrapper(*args):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return func(*args)
                except ValueError as e:
                    last = e
                    CALL_LOG.append(f"attempt {attempt} failed: {e}")
            raise RuntimeError(f"gave up after {times} attempts") from last
        return wrapper
    return decorator


def make_counter(start=0, step=1):
    count = start

    def incr():
        nonlocal count
        count += step
        return count
    return incr


def make_accumulators():
    funcs = []
    for i in range(4):
        funcs.append(lambda x, i=i: x * i)
    return funcs


@counted
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)


@memoize
def fast_fib(n):
    return n if n < 2 else fast_fib(n - 1) + fast_fib(n - 2)


@logged("call:")
def add(a, b):
    return a + b


_flaky_state = [0]


@retry(3)
def flaky(n):
    _flaky_state[0] += 1
    if _flaky_state[0] % 3 != 0:
        raise ValueError(f"flake #{_flaky_state[0]}")
    return n * 2


def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed


def main():
    print(slow_fib(20), COUNTS["slow_fib"])
    print(fast_fib(90), len(CACHES["fast_fib"]))
    print(add(2, 3), add("x", "y"), CALL_LOG)
    CALL_LOG.clear()
    print(flaky(5), flaky(6))
    print(CALL_LOG)
    CALL_LOG.clear()
    try:
        _flaky_state[0] = 1
        retry(1)(lambda n: 1 // 0 if n else n)(0)
        flaky(7)
    except RuntimeError as e:
        print("error:", e, "| cause:", repr(e.__cause__))
    c1, c2 = make_counter(), make_counter(100, -7)
    print([c1() for _ in range(5)], [c2() for _ in range(3)], c1())

    inc = lambda x: x + 1
    dbl = lambda x: x * 2
    print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5))


if __name__ == "__main__":
    main()
