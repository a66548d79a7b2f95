# User-defined function decorators: plain, with arguments, stacked, on nested
# functions, recursion through the decorated name, functools.wraps.

import functools
from functools import wraps

calls = []

def trace(fn):
    @wraps(fn)
    def wrapper(*args):
        calls.append(args)
        return fn(*args)
    return wrapper

def repeat(times):
    def deco(fn):
        def run(*args):
            out = None
            for _ in range(times):
                out = fn(*args)
            return out
        return run
    return deco

def forwarding(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@forwarding
def greet(name, punct="!"):
    return "hi " + name + punct


def named(fn):
    print("decorating", fn.__name__)
    return fn

@trace
def add3(a, b, c):
    return a + b + c

@named
@repeat(3)
def hello(name):
    print("hello", name)
    return len(name)

@trace
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@functools.cache
def sq(n):
    return n * n

def main():
    print(add3(1, 2, 3), add3(*(1, 5), 10))
    print(hello("bob"))
    print(fib(6), len(calls))
    print(sq(9))
    print(greet("bob"), greet("amy", "?"))

    @named
    def inner(x):
        return x * 2
    print(inner(4))

if __name__ == "__main__":
    main()
