"""Futures and thread pools: the `concurrent.futures` standard module
(CPython 3.11's), over the bundled threading's cooperative threads.

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. ThreadPoolExecutor is CPython's design: a work
queue, worker threads started one per submit() while there are fewer than
max_workers and none idle, named `ThreadPoolExecutor-N_K`. The workers are
threading's green threads (threading.py says how they switch): a worker runs
the work items queued for it when it is started or when a blocked thread
waits (result(), as_completed(), wait(), map()'s results, shutdown()).

Differences from CPython: no ProcessPoolExecutor; as_completed() yields the
futures already done in the order given (CPython: a set's order), then the
others as they finish; submit()'s keyword arguments are not supported
(TypeError: unsupported); max_workers defaults to 8 (CPython: the number of
CPUs plus 4, at most 32); Future's repr is the default object repr.
"""

import threading as _threading
from collections import namedtuple as _namedtuple

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'InvalidStateError', 'Future', 'Executor', 'wait', 'as_completed',
           'ThreadPoolExecutor']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'

TimeoutError = TimeoutError


class Error(Exception):
    pass


class CancelledError(Error):
    pass


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


DoneAndNotDoneFutures = _namedtuple('DoneAndNotDoneFutures', 'done not_done')


class Future:
    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []

    def cancel(self):
        if self._state == _RUNNING or self._state == _FINISHED:
            return False
        if self._state == _CANCELLED or self._state == _CANCELLED_AND_NOTIFIED:
            return True
        self._state = _CANCELLED
        _threading._changed()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED or self._state == _CANCELLED_AND_NOTIFIED

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state == _CANCELLED or self._state == _CANCELLED_AND_NOTIFIED or self._state == _FINISHED

    def _wait_done(self, timeout, what):
        while not self.done():
            if not _threading._block(timeout):
                if timeout is not None:
                    raise TimeoutError()
                _threading._deadlock(what)

    def result(self, timeout=None):
        self._wait_done(timeout, 'Future.result()')
        if self.cancelled():
            raise CancelledError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        self._wait_done(timeout, 'Future.exception()')
        if self.cancelled():
            raise CancelledError()
        return self._exception

    def add_done_callback(self, fn):
        if not self.done():
            self._done_callbacks.append(fn)
            return
        fn(self)

    def _invoke_callbacks(self):
        callbacks = self._done_callbacks
        self._done_callbacks = []
        for callback in callbacks:
            callback(self)

    def set_running_or_notify_cancel(self):
        if self._state == _CANCELLED:
            self._state = _CANCELLED_AND_NOTIFIED
            return False
        if self._state == _PENDING:
            self._state = _RUNNING
            return True
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        if self._state == _CANCELLED or self._state == _CANCELLED_AND_NOTIFIED or self._state == _FINISHED:
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._result = result
        self._state = _FINISHED
        _threading._changed()
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self._state == _CANCELLED or self._state == _CANCELLED_AND_NOTIFIED or self._state == _FINISHED:
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._exception = exception
        self._state = _FINISHED
        _threading._changed()
        self._invoke_callbacks()


class _WorkItem:
    def __init__(self, future, fn, args):
        self.future = future
        self.fn = fn
        self.args = args

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


def _worker(executor):
    while True:
        while not executor._work:
            if executor._shutdown:
                return
            _threading._block(None)
        item = executor._work.pop(0)
        if item is None:
            # The shutdown sentinel: passed on for the other workers.
            executor._work.append(None)
            return
        item.run()
        executor._idle += 1


class Executor:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


_executor_counter = [0]


class ThreadPoolExecutor(Executor):
    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = 8
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None:
            raise TypeError('unsupported: ThreadPoolExecutor(initializer=...)')
        self._max_workers = max_workers
        self._work = []
        self._idle = 0
        self._threads = []
        self._shutdown = False
        if not thread_name_prefix:
            thread_name_prefix = 'ThreadPoolExecutor-%d' % _executor_counter[0]
            _executor_counter[0] += 1
        self._thread_name_prefix = thread_name_prefix

    def submit(self, fn, *args):
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = Future()
        self._work.append(_WorkItem(f, fn, args))
        _threading._changed()
        self._adjust_thread_count()
        return f

    def _adjust_thread_count(self):
        if self._idle > 0:
            self._idle -= 1
            return
        num_threads = len(self._threads)
        if num_threads < self._max_workers:
            t = _threading.Thread(name='%s_%d' % (self._thread_name_prefix, num_threads), target=_worker,
                                  args=(self,))
            self._threads.append(t)
            t.start()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        return _results(fs, timeout)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            for item in self._work:
                if item is not None:
                    item.future.cancel()
            self._work = [item for item in self._work if item is None]
        self._work.append(None)
        _threading._changed()
        if wait:
            for t in self._threads:
                t.join()


def _results(fs, timeout):
    fs.reverse()
    while fs:
        yield fs.pop().result(timeout)


def as_completed(fs, timeout=None):
    fs = list(fs)
    pending = []
    for f in fs:
        if f.done():
            yield f
        else:
            pending.append(f)
    while pending:
        if not _threading._block(timeout):
            if timeout is not None:
                raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), len(fs)))
            _threading._deadlock('as_completed()')
        still = []
        for f in pending:
            if f.done():
                yield f
            else:
                still.append(f)
        pending = still


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = list(fs)
    while True:
        done = [f for f in fs if f.done()]
        if len(done) == len(fs):
            break
        if return_when == FIRST_COMPLETED and done:
            break
        if return_when == FIRST_EXCEPTION and any(f._exception is not None for f in done):
            break
        if not _threading._block(timeout):
            if timeout is not None:
                break
            _threading._deadlock('wait()')
    return DoneAndNotDoneFutures(set([f for f in fs if f.done()]), set([f for f in fs if not f.done()]))
