"""Process-based parallelism: the `multiprocessing` standard module's Pool, Process and Queue, on actors.

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. A worker "process" is an actor (aithon.actors): it
runs in parallel with the others on the runtime's worker threads, allocates
from a heap of its own and shares no memory, so what CPython's worker
processes get as pickled copies (functions' arguments, results, exceptions,
queue items) arrives here as copies too.

Pool: map, starmap, imap, imap_unordered, apply, map_async, starmap_async,
apply_async (AsyncResult: get, wait, ready, successful), close, terminate,
join, and `with Pool() as pool:`. The work of a map is cut into chunks (as
CPython's, `chunksize` or len/(4 * processes) rounded up); each chunk runs in
an actor of its own, and the results come back in order. An exception raised
by the function is raised again by map/get in the caller (the first chunk's
in the order of the input, where CPython's is whichever fails first).

Process(target, args, kwargs, name): start, join, is_alive, exitcode, name.
An exception that escapes the target is printed to stderr as CPython's child
prints it ("Process Process-1:" and the traceback) and sets exitcode 1.

Queue: put, get (block, timeout), put_nowait, get_nowait, empty, qsize,
close; its items live in an actor of their own, so a Queue passed to
Processes or pool tasks is one queue shared by all of them.

cpu_count() is os.cpu_count().

Differences from CPython: `processes` does not cap how many chunks run at
once (the actor scheduler runs them on every core); no `initializer` (it
would set module globals in the workers, and actors share no globals: pass
the data as an argument); no Lock, Value, Array, Manager, Pipe,
JoinableQueue, shared memory or start methods. A task's function is copied
to the actor that runs it, with what it captured (docs/actors.md).
"""

import sys as _sys
import time as _time
import traceback as _traceback
from queue import Empty

import _aithon_os
from aithon.actors import TIMEOUT as _TIMEOUT, receive as _receive, self_pid as _self_pid, send as _send, spawn as _spawn

__all__ = ['AsyncResult', 'Empty', 'Pool', 'Process', 'Queue', 'TimeoutError', 'cpu_count']


class TimeoutError(Exception):
    pass


def cpu_count():
    """The number of processors online (os.cpu_count())."""
    return _aithon_os.cpu_count()


# Tags of jobs and processes: one sequence for the program (an int, so an actor may advance it too).
_next_tag = 0


def _new_tag(kind):
    global _next_tag
    _next_tag += 1
    return '$aithon.mp.%s.%d' % (kind, _next_tag)


def _is_reply(msg, tag):
    return isinstance(msg, tuple) and len(msg) == 4 and msg[0] == tag


# ---------------------------------------------------------------- workers

def _map_chunk(owner, tag, index, func, items):
    try:
        out = [func(x) for x in items]
    except Exception as e:
        _send(owner, (tag, index, False, e))
        return
    _send(owner, (tag, index, True, out))


def _starmap_chunk(owner, tag, index, func, items):
    try:
        out = [func(*args) for args in items]
    except Exception as e:
        _send(owner, (tag, index, False, e))
        return
    _send(owner, (tag, index, True, out))


def _apply_task(owner, tag, func, args, kwds):
    try:
        out = func(*args, **kwds)
    except Exception as e:
        _send(owner, (tag, 0, False, e))
        return
    _send(owner, (tag, 0, True, out))


# ---------------------------------------------------------------- results

class AsyncResult:
    """The result of an *_async call: its chunks' replies, collected by the
    actor that made the call (the one whose mailbox they reach)."""

    def __init__(self, tag, nchunks, single, callback=None, error_callback=None):
        self._tag = tag
        self._pending = nchunks
        self._single = single
        self._chunks = [None] * nchunks
        self._error = None
        self._error_index = nchunks
        self._callback = callback
        self._error_callback = error_callback
        self._finished = nchunks == 0
        if self._finished:
            self._finish()

    def _take(self, timeout):
        """One reply of this job; False when none came within timeout."""
        tag = self._tag
        msg = _receive(timeout, lambda m: _is_reply(m, tag))
        if msg is _TIMEOUT:
            return False
        index = msg[1]
        if msg[2]:
            self._chunks[index] = msg[3]
        elif index < self._error_index:
            self._error = msg[3]
            self._error_index = index
        self._pending -= 1
        if self._pending == 0:
            self._finish()
        return True

    def _finish(self):
        self._finished = True
        if self._error is not None:
            if self._error_callback is not None:
                self._error_callback(self._error)
        elif self._callback is not None:
            self._callback(self._value())

    def _value(self):
        if self._single:
            return self._chunks[0]
        out = []
        for chunk in self._chunks:
            out.extend(chunk)
        return out

    def wait(self, timeout=None):
        if timeout is None:
            while not self._finished:
                self._take(None)
            return
        deadline = _time.monotonic() + timeout
        while not self._finished:
            left = deadline - _time.monotonic()
            if left <= 0 or not self._take(left):
                return

    def ready(self):
        while not self._finished and self._take(0):
            pass
        return self._finished

    def successful(self):
        if not self.ready():
            raise ValueError('%r not ready' % (self,))
        return self._error is None

    def get(self, timeout=None):
        self.wait(timeout)
        if not self._finished:
            raise TimeoutError
        if self._error is not None:
            raise self._error
        return self._value()


# ---------------------------------------------------------------- Pool

class _PoolBase:
    """What Pool and multiprocessing.pool.ThreadPool share: their state and CPython's chunk sizes
    (map: len / (4 * processes), rounded up)."""

    def _start(self, processes):
        if processes is None:
            processes = cpu_count()
        if processes < 1:
            raise ValueError('Number of processes must be at least 1')
        self._processes = processes
        self._state = 'RUN'

    def _check_running(self):
        if self._state != 'RUN':
            raise ValueError('Pool not running')

    def _chunksize(self, n, chunksize):
        if chunksize is None:
            chunksize, extra = divmod(n, self._processes * 4)
            if extra:
                chunksize += 1
        if chunksize < 1:
            chunksize = 1
        return chunksize


class Pool(_PoolBase):
    """A pool of worker processes; each task runs in an actor of its own."""

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        self._start(processes)
        if initializer is not None:
            raise NotImplementedError('unsupported: Pool(initializer=...): actors share no module globals; pass the data to the function instead')

    def __repr__(self):
        return '<multiprocessing.pool.Pool state=%s pool_size=%d>' % (self._state, self._processes)

    def _map_job(self, runner, func, iterable, chunksize, callback=None, error_callback=None):
        self._check_running()
        items = list(iterable)
        size = self._chunksize(len(items), chunksize)
        tag = _new_tag('job')
        me = _self_pid()
        index = 0
        for start in range(0, len(items), size):
            _spawn(runner, me, tag, index, func, items[start:start + size])
            index += 1
        return AsyncResult(tag, index, False, callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        return self._map_job(_map_chunk, func, iterable, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_job(_starmap_chunk, func, iterable, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_job(_map_chunk, func, iterable, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_job(_starmap_chunk, func, iterable, chunksize, callback, error_callback)

    def imap(self, func, iterable, chunksize=1):
        """The results in the order of the input, each as soon as it and those before it are done."""
        job = self._map_job(_map_chunk, func, iterable, chunksize)
        for index in range(len(job._chunks)):
            while job._chunks[index] is None and job._error_index > index:
                job._take(None)
            if job._error_index == index:
                raise job._error
            for x in job._chunks[index]:
                yield x
            job._chunks[index] = []

    def imap_unordered(self, func, iterable, chunksize=1):
        """The results in the order they are done."""
        job = self._map_job(_map_chunk, func, iterable, chunksize)
        done = 0
        while done < len(job._chunks):
            tag = job._tag
            msg = _receive(None, lambda m: _is_reply(m, tag))
            done += 1
            if not msg[2]:
                raise msg[3]
            for x in msg[3]:
                yield x

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        tag = _new_tag('task')
        _spawn(_apply_task, _self_pid(), tag, func, args, kwds)
        return AsyncResult(tag, 1, True, callback, error_callback)

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def close(self):
        self._state = 'CLOSE'

    def terminate(self):
        self._state = 'TERMINATE'

    def join(self):
        if self._state == 'RUN':
            raise ValueError('Pool is still running')

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self.terminate()


# ---------------------------------------------------------------- Process

_process_count = 0


def _process_main(owner, tag, name, target, args, kwargs):
    code = 0
    try:
        if target is not None:
            target(*args, **kwargs)
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
    except BaseException:
        _sys.stderr.write('Process %s:\n' % name)
        _traceback.print_exc()
        code = 1
    _send(owner, (tag, 0, True, code))


class Process:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, daemon=None):
        global _process_count
        _process_count += 1
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self.name = name if name is not None else 'Process-%d' % _process_count
        self.daemon = daemon
        self.exitcode = None
        self._tag = ''
        self._started = False

    def __repr__(self):
        if not self._started:
            state = 'initial'
        elif self.exitcode is None:
            state = 'started'
        else:
            state = 'stopped'
        if self.exitcode:
            return '<Process name=%r %s exitcode=%d>' % (self.name, state, self.exitcode)
        return '<Process name=%r %s>' % (self.name, state)

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._started:
            raise AssertionError('cannot start a process twice')
        self._started = True
        self._tag = _new_tag('process')
        _spawn(_process_main, _self_pid(), self._tag, self.name, self._target, self._args, self._kwargs)

    def join(self, timeout=None):
        if not self._started:
            raise AssertionError('can only join a started process')
        if self.exitcode is not None:
            return
        tag = self._tag
        msg = _receive(timeout, lambda m: _is_reply(m, tag))
        if msg is not _TIMEOUT:
            self.exitcode = msg[3]

    def is_alive(self):
        if not self._started or self.exitcode is not None:
            return False
        tag = self._tag
        msg = _receive(0, lambda m: _is_reply(m, tag))
        if msg is _TIMEOUT:
            return True
        self.exitcode = msg[3]
        return False


# ---------------------------------------------------------------- Queue

def _queue_server():
    """Holds a Queue's items: ('put', item), ('get', pid, tag) answered with
    (tag, 0, True, item) as soon as there is an item, ('size', pid, tag),
    ('close',)."""
    items = []
    head = 0
    waiting = []
    while True:
        msg = _receive()
        kind = msg[0]
        if kind == 'put':
            items.append(msg[1])
        elif kind == 'get':
            waiting.append((msg[1], msg[2]))
        elif kind == 'size':
            _send(msg[1], (msg[2], 0, True, len(items) - head))
        elif kind == 'cancel':
            waiting = [w for w in waiting if w[1] != msg[1]]
        else:
            return
        while waiting and head < len(items):
            pid, tag = waiting.pop(0)
            _send(pid, (tag, 0, True, items[head]))
            items[head] = None
            head += 1
        if head > 64 and head * 2 > len(items):
            items = items[head:]
            head = 0


class Queue:
    """A FIFO queue that Processes and pool tasks share (it is an actor)."""

    def __init__(self, maxsize=0):
        self._server = _spawn(_queue_server)

    def put(self, obj, block=True, timeout=None):
        _send(self._server, ('put', obj))

    def put_nowait(self, obj):
        self.put(obj, False)

    def get(self, block=True, timeout=None):
        tag = _new_tag('get')
        _send(self._server, ('get', _self_pid(), tag))
        wait = None if block and timeout is None else (timeout if block else 0.05)
        msg = _receive(wait, lambda m: _is_reply(m, tag))
        if msg is _TIMEOUT:
            _send(self._server, ('cancel', tag))
            # The item may have been sent just before the cancel arrived: take it if so.
            msg = _receive(0.05, lambda m: _is_reply(m, tag))
            if msg is _TIMEOUT:
                raise Empty
        return msg[3]

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        tag = _new_tag('size')
        _send(self._server, ('size', _self_pid(), tag))
        return _receive(None, lambda m: _is_reply(m, tag))[3]

    def empty(self):
        return self.qsize() == 0

    def close(self):
        _send(self._server, ('close',))

    def join_thread(self):
        pass
