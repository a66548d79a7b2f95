import functools

CALLS = []


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        CALLS.append(fn.__name__)
        return fn(*args)
    return wrapper


def times(n):
    def decorate(fn):
        def run(*args):
            return [fn(*args) for _ in range(n)]
        return run
    return decorate
