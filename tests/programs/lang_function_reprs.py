# repr()/str() of functions, built-ins and classes as CPython writes them (addresses
# compared by prefix), and __name__/__qualname__ of functions, methods and classes.
import functools
import math


class A:
    def m(self):
        pass

    class Inner:
        pass


def f():
    pass


def outer():
    def inner():
        return 1
    return inner


def main():
    print(A, repr(A), str(A))
    print(len, repr(print), max, math.sqrt, sorted)
    print(f.__name__, f.__qualname__, A.m.__name__, A.m.__qualname__, A.__name__, A.__qualname__)
    print(int, str, list, dict)
    g = outer()
    print(g.__name__, g.__qualname__, (lambda: 0).__qualname__)
    print(repr(f).startswith("<function f at 0x"), str(g).startswith("<function outer.<locals>.inner at 0x"))
    print(repr(A.m).startswith("<function A.m at 0x"))
    fs = [f, g, len]
    print([x.__name__ for x in fs])


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        return fn(*args)
    return wrapper


@logged
def add(a, b):
    return a + b


def extra():
    print(add.__name__, add.__qualname__, add(1, 2))
    print(repr(abs), str(min), repr(divmod), [len, sum])
    print(repr(math.floor), repr(math.gcd))
    table = {"f": f, "len": len}
    print(sorted(table), table["len"]("abc"))


main()
extra()
