"""The Python-written part of the `functools` standard module (CPython 3.11's).

The compiler implements functools.cache, lru_cache, reduce and wraps itself
(compiler/src/stdlib.ts) and desugars total_ordering; the names it lacks come
from this file, compiled with the program that imports them.

Differences from CPython, forced by what the compiler supports:
- partial() returns a function, not a functools.partial object: it has no
  .func/.args/.keywords attributes and its repr is a function's.
  partial(f, *args, k=v) with keywords is rewritten by the compiler into a
  lambda (compiler/src/modules.ts), since this function cannot forward a **
  dict that holds keys; keyword arguments passed when calling the result, or
  keywords bound to a builtin function (partial(int, base=2)), do not build
  yet (for the latter the error points into this file).
- cmp_to_key() returns a function making key objects (CPython: a class).
"""

__all__ = ['cmp_to_key', 'partial']


def partial(func, *args, **keywords):
    """New function with partial application of the given arguments and keywords."""
    def partial_call(*fargs, **fkeywords):
        return func(*args, *fargs, **{**keywords, **fkeywords})
    return partial_call


class KeyWrapper:
    """A key object ordered by a comparison function (functools.cmp_to_key's K)."""

    def __init__(self, obj, mycmp):
        self.obj = obj
        self.mycmp = mycmp

    def __lt__(self, other):
        return self.mycmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        return self.mycmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        return self.mycmp(self.obj, other.obj) == 0

    def __le__(self, other):
        return self.mycmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        return self.mycmp(self.obj, other.obj) >= 0



def cmp_to_key(mycmp):
    """Convert a cmp= function into a key= function."""
    def key(obj):
        return KeyWrapper(obj, mycmp)
    return key
