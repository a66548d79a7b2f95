# functools.update_wrapper onto instances of classes with __call__ (class
# decorators that count or cache calls), functools.wraps on functions, and
# the __name__/__qualname__/__doc__/__module__/__wrapped__ they copy.
import functools


class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.func = func
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)


class Memo:
    def __init__(self, func):
        self.func = func
        self.cache = {}
        functools.update_wrapper(self, func)

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.func(n)
        return self.cache[n]


@CountCalls
def square(x):
    """Return x squared."""
    return x * x


@Memo
def fib(n):
    """The n-th Fibonacci number."""
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def plain(a, b):
    return a + b


def logged(func):
    @functools.wraps(func)
    def wrapper(*args):
        print("calling", func.__name__)
        return func(*args)
    return wrapper


@logged
def cube(x):
    """Cube it."""
    return x ** 3


def main():
    print(square(3), square(4), square.calls)
    print(square.__name__, square.__qualname__, square.__doc__, square.__module__)
    print(square.__wrapped__(5), square.calls)
    print(fib(30), len(fib.cache), fib.__name__, fib.__doc__)
    wrapped = CountCalls(plain)
    print(wrapped(2, 3), wrapped.__name__, wrapped.__doc__, wrapped.__wrapped__ is plain)
    same = functools.update_wrapper(CountCalls(plain), cube)
    print(same.__name__, same.__doc__, same(1, 1))
    print(cube(2), cube.__name__, cube.__doc__, cube.__module__)
    print(plain.__doc__, plain.__module__, plain is plain, main.__doc__)


main()
