# User decorators on methods and classes: a counting decorator with
# functools.wraps, a validating decorator factory, stacked decorators, a
# decorator without wraps (its wrapper's own __name__), keyword arguments
# reaching the wrapper as keywords, a decorated method setting a new
# attribute, a subclass overriding a decorated method, a bound decorated
# method as a value, and class decorators registering classes as plugins.
import functools
import time

CALLS = {}
PLUGINS = {}


def counted(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        CALLS[func.__name__] = CALLS.get(func.__name__, 0) + 1
        return func(*args, **kwargs)
    return wrapper


def validate_positive(name):
    def deco(func):
        def wrapper(self, value):
            if value <= 0:
                raise ValueError(f"{name} must be positive, got {value}")
            return func(self, value)
        return wrapper
    return deco


def plugin(kind):
    def register(cls):
        PLUGINS[kind] = cls
        return cls
    return register


def timed(func):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)
        elapsed = time.perf_counter() - start
        return result if elapsed >= 0 else None
    return wrapper


@plugin("stack")
class Stack:
    def __init__(self):
        self.items = []
        self.peak = 0

    @counted
    def push(self, item):
        self.items.append(item)
        self.peak = max(self.peak, len(self.items))
        return self

    @counted
    @timed
    def pop(self):
        return self.items.pop()

    @validate_positive("count")
    def drop(self, count):
        for _ in range(count):
            self.pop()
        return len(self.items)

    def __len__(self):
        return len(self.items)


@plugin("queue")
class Queue(Stack):
    @counted
    def pop(self):
        return self.items.pop(0)


def use(kind):
    s = PLUGINS[kind]()
    for i in range(5):
        s.push(i * i)
    first = s.pop()
    try:
        s.drop(0)
    except ValueError as e:
        print("error:", e)
    left = s.drop(2)
    return first, left, s.peak


def trace(func):
    def wrapper(*args, **kwargs):
        print("->", func.__name__, args[1:], kwargs)
        return func(*args, **kwargs)
    return wrapper


class Node:
    def __init__(self, name):
        self.name = name

    @trace
    def rename(self, new, suffix="!"):
        self.old = self.name
        self.name = new + suffix
        return self

    @trace
    def describe(self):
        return f"{self.name} (was {self.old})"


def main():
    print(use("stack"))
    print(use("queue"))
    push = Stack().push
    push(1).push(2)
    print(sorted(CALLS.items()))
    print(sorted(PLUGINS))
    n = Node("a")
    n.rename("b")
    n.rename("c", suffix="?")
    print(n.describe())
    print(n.old, n.name)




main()
