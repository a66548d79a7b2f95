"""The `multiprocessing.pool` standard module: Pool (the actors' process pool of
multiprocessing) and ThreadPool, the same interface over threads.

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. A ThreadPool's workers are the bundled threading's
cooperative threads, run by a concurrent.futures.ThreadPoolExecutor of
`processes` workers: unlike Pool's actors they share memory with the caller,
as CPython's threads do. Its work is cut into chunks as CPython's (map:
`chunksize` or len/(4 * processes) rounded up; imap and imap_unordered: 1
unless given), one task per chunk.

ThreadPool: map, starmap, imap, imap_unordered, apply, apply_async, map_async,
starmap_async (ApplyResult: get, wait, ready, successful), close, terminate,
join, `with ThreadPool() as pool:` (terminate on exit). An exception raised by
the function is raised again by map/get in the caller (the first failing
chunk's in the order of the input).

Differences from CPython: no `initializer` (TypeError: unsupported); get(timeout)
waits without a time limit; imap_unordered yields chunks in the order they are
finished by the cooperative workers.
"""

from concurrent.futures import ThreadPoolExecutor as _Executor, as_completed as _as_completed
from multiprocessing import AsyncResult, Pool, TimeoutError, _PoolBase

__all__ = ['ApplyResult', 'AsyncResult', 'MapResult', 'Pool', 'ThreadPool', 'TimeoutError']


def _run_chunk(func, items):
    return [func(x) for x in items]


def _run_star_chunk(func, items):
    return [func(*args) for args in items]


class ApplyResult:
    """The result of an *_async call of a ThreadPool: the futures of its chunks."""

    def __init__(self, futures, single, callback=None, error_callback=None):
        self._futures = futures
        self._single = single
        self._callback = callback
        self._error_callback = error_callback
        self._reported = False

    def _report(self):
        if self._reported:
            return
        self._reported = True
        error = self._error()
        if error is not None:
            if self._error_callback is not None:
                self._error_callback(error)
        elif self._callback is not None:
            self._callback(self._value())

    def _error(self):
        for fut in self._futures:
            e = fut.exception()
            if e is not None:
                return e
        return None

    def _value(self):
        if self._single:
            return self._futures[0].result()
        out = []
        for fut in self._futures:
            out.extend(fut.result())
        return out

    def wait(self, timeout=None):
        for fut in self._futures:
            fut.exception()
        self._report()

    def ready(self):
        for fut in self._futures:
            if not fut.done():
                return False
        return True

    def successful(self):
        if not self.ready():
            raise ValueError('%r not ready' % (self,))
        return self._error() is None

    def get(self, timeout=None):
        self.wait(timeout)
        error = self._error()
        if error is not None:
            raise error
        return self._value()


MapResult = ApplyResult


class ThreadPool(_PoolBase):
    """A pool of worker threads."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        self._start(processes)
        if initializer is not None:
            raise TypeError('unsupported: ThreadPool(initializer=...)')
        self._executor = _Executor(max_workers=self._processes)

    def __repr__(self):
        return '<multiprocessing.pool.ThreadPool state=%s pool_size=%d>' % (self._state, self._processes)

    def _submit_chunks(self, runner, func, iterable, chunksize):
        self._check_running()
        items = list(iterable)
        size = self._chunksize(len(items), chunksize)
        return [self._executor.submit(runner, func, items[start:start + size]) for start in range(0, len(items), size)]

    def map(self, func, iterable, chunksize=None):
        return ApplyResult(self._submit_chunks(_run_chunk, func, iterable, chunksize), False).get()

    def starmap(self, func, iterable, chunksize=None):
        return ApplyResult(self._submit_chunks(_run_star_chunk, func, iterable, chunksize), False).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return ApplyResult(self._submit_chunks(_run_chunk, func, iterable, chunksize), False, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return ApplyResult(self._submit_chunks(_run_star_chunk, func, iterable, chunksize), False, callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        """The results in the order of the input."""
        for fut in self._submit_chunks(_run_chunk, func, iterable, chunksize):
            for x in fut.result():
                yield x

    def imap_unordered(self, func, iterable, chunksize=1):
        """The results in the order their chunks finish."""
        for fut in _as_completed(self._submit_chunks(_run_chunk, func, iterable, chunksize)):
            for x in fut.result():
                yield x

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()

        # Bound here, where the arguments' types are known (through submit they would be values of unknown type).
        def call():
            return func(*args, **kwds)

        return ApplyResult([self._executor.submit(call)], True, callback, error_callback)

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def close(self):
        self._state = 'CLOSE'

    def terminate(self):
        self._state = 'TERMINATE'
        self._executor.shutdown(wait=True)

    def join(self):
        if self._state == 'RUN':
            raise ValueError('Pool is still running')
        self._executor.shutdown(wait=True)

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.terminate()
