"""Part of the `contextlib` standard module (CPython 3.11's), compiled with the program that imports it.

contextmanager, nullcontext and suppress. Differences from CPython: the object
a @contextmanager function returns is this file's _GeneratorContextManager
(no decorator use, no recreation); suppress() takes the exception classes
it lets pass as written at the call (checked with isinstance at run time).
"""

__all__ = ['contextmanager', 'nullcontext']


class _GeneratorContextManager:
    """The context manager a @contextmanager function returns: runs the generator up to its yield and on from it."""

    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if value is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            return exc is not value
        except BaseException as exc:
            if exc is value:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    """@contextmanager: a generator function becomes a function returning a context manager."""
    def helper(*args, **kwds):
        return _GeneratorContextManager(func(*args, **kwds))
    return helper


class nullcontext:
    """A context manager that does nothing; `with nullcontext(x) as y` binds x."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, typ, value, traceback):
        return False
