# Recursion depth: the limit as CPython counts frames, from plain calls,
# methods, callbacks run by built-ins, generators resumed at other depths,
# and recovery after RecursionError (the depth comes back to where it was).
import sys


def depth_reached(n):
    try:
        return depth_reached(n + 1)
    except RecursionError:
        return n


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def deep_then_generator(n, gen):
    if n == 0:
        return next(gen)
    return deep_then_generator(n - 1, gen)


def gen_recursing(k):
    yield depth_reached(0)
    yield k
    yield depth_reached(0)


class Node:
    def __init__(self, value, child):
        self.value = value
        self.child = child

    def total(self):
        if self.child is None:
            return self.value
        return self.value + self.child.total()


def chain(n):
    node = None
    for i in range(n):
        node = Node(i, node)
    return node


def sort_key(x):
    return depth_reached(0) * 0 + x


def raise_deep(n):
    if n == 0:
        raise ValueError("bottom")
    return raise_deep(n - 1)


def main():
    first = depth_reached(0)
    print("first", first)
    print("again", depth_reached(0) == first)
    print(fib(20))
    print(list(countdown(5)))
    g = gen_recursing(7)
    started = deep_then_generator(300, g)
    print("gen started deep", 600 < started < 700)
    print("gen resumed shallow", next(g))
    print("gen last", next(g))
    h = gen_recursing(8)
    print("gen started shallow", next(h))
    a, b = deep_then_generator(200, h), deep_then_generator(400, h)
    print("gen resumed deep", a, b - started)
    print("after gen", depth_reached(0) == first)
    print(chain(500).total())
    try:
        print(chain(2000).total())
    except RecursionError as e:
        print("RecursionError", e)
    print("after chain", depth_reached(0) == first)
    print(sorted([3, 1, 2], key=sort_key))
    print("after sort", depth_reached(0) == first)
    for k in (10, 500):
        try:
            raise_deep(k)
        except ValueError as e:
            print("ValueError", e, k)
    print("after raise", depth_reached(0) == first)
    total = sum(fib(k) for k in range(15))
    print(total, depth_reached(0) == first)
    print(sys.getrecursionlimit())


if __name__ == "__main__":
    main()
