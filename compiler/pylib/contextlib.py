"""Part of the `contextlib` standard module (CPython 3.11's), compiled with the program that imports it.

contextmanager, nullcontext, suppress, closing and ExitStack. Differences from
CPython: the object a @contextmanager function returns is this file's
_GeneratorContextManager (no decorator use, no recreation); suppress() takes
the exception classes it lets pass as written at the call (checked with
isinstance at run time); ExitStack.push() of a context manager's __exit__ is
push(cm) (of the manager, not of its bound __exit__), and an exception raised
by an exit callback replaces the one being handled without CPython's
__context__ fix-up.
"""

__all__ = ['ExitStack', 'closing', 'contextmanager', 'nullcontext', 'suppress']


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


class suppress:
    """A context manager that swallows the exceptions of the classes given (and their subclasses)."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        return None

    def __exit__(self, exctype, excinst, exctb):
        if excinst is None:
            return False
        for cls in self._exceptions:
            if isinstance(excinst, cls):
                return True
        return False


class closing:
    """`with closing(thing) as t:` calls thing.close() at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, exctype, excinst, exctb):
        self.thing.close()
        return False


class ExitStack:
    """A stack of exit callbacks, run last in first out when the with block ends or close() is called:
    managers entered with enter_context(), functions registered with callback(), and push()ed managers'
    __exit__ or exit functions taking (exc_type, exc, tb); one that returns true swallows the exception."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """A new stack holding this one's callbacks; this one is left empty."""
        new_stack = ExitStack()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def enter_context(self, cm):
        result = cm.__enter__()
        self._push_exit(cm)
        return result

    def _push_exit(self, cm):
        def exit_wrapper(exc_type, exc, tb):
            return cm.__exit__(exc_type, exc, tb)
        self._exit_callbacks.append(exit_wrapper)

    def push(self, exit):
        """Registers a context manager's __exit__ (push(cm)) or a function taking (exc_type, exc, tb)."""
        if hasattr(exit, '__exit__'):
            self._push_exit(exit)
        else:
            self._exit_callbacks.append(exit)
        return exit

    def callback(self, callback, *args, **kwds):
        """Registers callback(*args, **kwds) to run at exit; returns callback."""
        def exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
            return False
        self._exit_callbacks.append(exit_wrapper)
        return callback

    def close(self):
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        received_exc = exc is not None
        suppressed_exc = False
        pending_raise = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            try:
                if cb(exc_type, exc, tb):
                    suppressed_exc = True
                    pending_raise = False
                    exc_type = None
                    exc = None
                    tb = None
            except BaseException as new_exc:
                pending_raise = True
                exc_type = type(new_exc)
                exc = new_exc
                tb = None
        if pending_raise:
            raise exc
        return received_exc and suppressed_exc
