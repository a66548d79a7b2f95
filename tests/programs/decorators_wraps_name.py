# __name__ of a @functools.wraps wrapper is the wrapped function's.
import functools
from functools import wraps


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print(f"-> {fn.__name__}{args}")
        return fn(*args, **kwargs)
    return wrapper


def repeat(times):
    def decorate(fn):
        @wraps(fn)
        def inner(*args):
            return [fn(*args) for _ in range(times)]
        return inner
    return decorate


@logged
def add(a, b):
    return a + b


@repeat(3)
def greet(who):
    return f"hi {who}"


@logged
@repeat(2)
def square(x):
    return x * x


def main():
    print(add(2, 3), add.__name__)
    print(greet("bob"), greet.__name__)
    print(square(4), square.__name__)
    registry = {f.__name__: f for f in (add, square)}
    print(sorted(registry))
    for fn in (add, greet, len_of, main):
        print(fn.__name__, end=" ")
    print()


def len_of(x):
    return len(x)


if __name__ == "__main__":
    main()
