"""The Python-written part of the `functools` standard module (CPython 3.11's).

The compiler implements functools.cache, lru_cache, reduce and wraps itself
(compiler/src/stdlib.ts) and desugars total_ordering; the names it lacks come
from this file, compiled with the program that imports them.

Differences from CPython, forced by what the compiler supports:
- partial() returns a function, not a functools.partial object: its repr is a
  function's; .func/.args/.keywords read the closure's cells (the compiler knows
  partial_call as a partial object: checker.ts isPartialObject).
  partial(f, *args, k=v) with keywords is rewritten by the compiler into a
  lambda (compiler/src/modules.ts) whose parameters keep the arguments' types;
  keywords bound to built-ins other than int's base do not build yet (the
  error points into this file).
- update_wrapper() copies __module__, __name__, __qualname__, __doc__ and
  __wrapped__ only (functions have no __dict__ or __annotations__ here).
- cmp_to_key() returns a function making key objects (CPython: a class).
"""

__all__ = ['cmp_to_key', 'partial', 'update_wrapper', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped):
    """Copy the wrapped function's metadata onto wrapper (an instance of a class with __call__).

    CPython copies each name of WRAPPER_ASSIGNMENTS the wrapped object has and updates
    wrapper.__dict__ with wrapped's; functions here have no attribute dict and no
    __annotations__, so the four names and __wrapped__ are set, written out.
    """
    wrapper.__module__ = wrapped.__module__
    wrapper.__name__ = wrapped.__name__
    wrapper.__qualname__ = wrapped.__qualname__
    wrapper.__doc__ = wrapped.__doc__
    wrapper.__wrapped__ = wrapped
    return wrapper


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
