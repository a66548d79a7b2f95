"""The `asyncio` standard module: an event loop, Futures and Tasks, and the
synchronisation primitives and queues programs use.

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. A coroutine (`async def`) is compiled as a generator
whose awaits are `yield from`s of the awaited object: a coroutine, or a
Future, whose `__iter__` yields the Future itself until it is done. A Task
steps its coroutine with send() and throw(); the Future a coroutine yields is
the one it waits for, and the Task resumes when that Future is done.

The scheduling follows CPython 3.11's asyncio exactly, so interleavings print
the same: a FIFO ready queue of callbacks (call_soon order), one pass over the
callbacks ready at the start of each loop iteration, `sleep(0)` yielding for
one iteration, and timers ordered by deadline (then by when they were set),
moved to the ready queue once due. The loop runs on one thread (CPython's
does too): when nothing is ready it sleeps until the next deadline.

Differences from CPython, forced by what the compiler supports (see the
asyncio row of docs/language.md): callbacks are plain functions (no
contextvars contexts); no threads (run_in_executor runs the function on the
loop's thread), no I/O (streams, subprocesses), no signal handling, no debug
mode; a coroutine's type is `generator`; Task and Future reprs are the
default object repr; tasks left pending when asyncio.run() ends, and a
TaskGroup's tasks, are cancelled in the order they were created (CPython's
order is a set's); as_completed() returns a list.

How it is written, for the compiler's type inference: queues of callbacks,
waiters and items are lists (a deque's items are dynamic values, and a
Future stored as one would make every Future's attributes dynamic); the
loop schedules functions of no arguments (one type for all its callbacks);
`isinstance(x, Future)` tests that tell a coroutine from a Future are
written as if/else, since the compiler decides them from x's type and types
only the branch taken.
"""
import sys as _sys
import time as _time

from _aithon_queues import FIFO as _FIFO, LIFO as _LIFO, PRIORITY as _PRIORITY, ItemStore as _ItemStore


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


class LimitOverrunError(Exception):
    pass


# asyncio.TimeoutError is the built-in TimeoutError since Python 3.11.
TimeoutError = TimeoutError

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 0
_CANCELLED = 1
_FINISHED = 2

_running_loop = None
_current_loop = None
_task_counter = [0]


def _bind(callback, args):
    """A function of no arguments that calls callback(*args)."""
    return lambda: callback(*args)


def _bind1(callback, arg):
    """A function of no arguments that calls callback(arg). (The loop schedules
    functions of no arguments: one type for all of its callbacks.)"""
    return lambda: callback(arg)


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def get_event_loop():
    # The running loop; outside one, the loop set_event_loop() gave, or a new one.
    global _current_loop
    if _running_loop is not None:
        return _running_loop
    if _current_loop is None:
        _current_loop = _Loop()
    return _current_loop


def set_event_loop(loop):
    global _current_loop
    _current_loop = loop


def _get_event_loop():
    return get_running_loop()


class Handle:
    """A callback scheduled on the loop (call_soon)."""

    def __init__(self, callback, loop):
        self._callback = callback
        self._loop = loop
        self._cancelled = False
        self._when = 0.0
        self._sequence = 0
        self._scheduled = False

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            if self._scheduled:
                self._loop._timer_cancelled_count += 1

    def cancelled(self):
        return self._cancelled

    def when(self):
        return self._when

    def _run(self):
        try:
            self._callback()
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            # CPython logs it through the loop's exception handler and goes on.
            print('Exception in callback', file=_sys.stderr)
            print(f'{type(exc).__name__}: {exc}', file=_sys.stderr)


class AbstractEventLoop:
    pass


class _Loop(AbstractEventLoop):
    def __init__(self):
        # The callbacks to run, in call_soon order. (Plain lists, not deques,
        # throughout: the compiler types a list's items, a deque's are dynamic.)
        self._ready = []
        # A heap of timer handles, by deadline, then by sequence number (insertion order).
        self._scheduled = []
        self._sequence = 0
        self._timer_cancelled_count = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._current_task = None
        # The tasks not done yet, by creation number (insertion-ordered).
        self._tasks = {}
        # The async generators started and not finished yet (closed at shutdown).
        self._asyncgens = {}

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args):
        return self._schedule(_bind(callback, args))

    def _schedule(self, fn):
        """Runs fn() (a function of no arguments) at the next loop iteration, after those scheduled before."""
        handle = Handle(fn, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args):
        return self._schedule_at(self.time() + delay, _bind(callback, args))

    def call_at(self, when, callback, *args):
        return self._schedule_at(when, _bind(callback, args))

    def _schedule_at(self, when, fn):
        timer = Handle(fn, self)
        timer._when = when
        timer._scheduled = True
        self._sequence += 1
        timer._sequence = self._sequence
        _heap_push(self._scheduled, timer)
        return timer

    def create_future(self):
        return Future(self)

    def run_in_executor(self, executor, func, *args):
        # No threads here: func runs on the loop's thread at the next loop
        # iteration, where CPython's worker thread typically runs it (while the
        # loop waits for events), and the awaiting task resumes one iteration
        # later, as it does when the result comes through call_soon_threadsafe.
        fut = self.create_future()
        self._schedule(lambda: _run_and_set(fut, func, args))
        return fut

    def create_task(self, coro, name=None):
        return Task(coro, self, name)

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._ready = []
        self._scheduled = []

    def stop(self):
        self._stopping = True

    def run_forever(self):
        global _running_loop
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _running_loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None

    def run_until_complete(self, future):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        fut = ensure_future(future, self)
        fut.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        finally:
            fut.remove_done_callback(_run_until_complete_cb)
        if not fut.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return fut.result()

    def _run_once(self):
        scheduled = self._scheduled
        count = len(scheduled)
        if count > 100 and self._timer_cancelled_count * 2 > count:
            live = []
            for timer in scheduled:
                if timer._cancelled:
                    timer._scheduled = False
                else:
                    live.append(timer)
            live.sort(key=_timer_key)
            self._scheduled = live
            scheduled = live
            self._timer_cancelled_count = 0
        else:
            # (Lists are tested with len(): `lst and ...` would give a list or a bool, a dynamic value.)
            while len(scheduled) > 0 and scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                timer = _heap_pop(scheduled)
                timer._scheduled = False

        # With nothing ready, wait for the next deadline (the loop has no I/O to poll).
        if len(self._ready) == 0 and not self._stopping and len(scheduled) > 0:
            timeout = scheduled[0]._when - self.time()
            if timeout > 0:
                _time.sleep(timeout)

        end_time = self.time() + 1e-09
        while scheduled:
            if scheduled[0]._when >= end_time:
                break
            timer = _heap_pop(scheduled)
            timer._scheduled = False
            self._ready.append(timer)

        # The callbacks ready now run; those they schedule wait for the next iteration.
        ready = self._ready
        self._ready = []
        for handle in ready:
            if handle._cancelled:
                continue
            handle._run()


def _timer_key(timer):
    return (timer._when, timer._sequence)


def _timer_before(a, b):
    return a._when < b._when or (a._when == b._when and a._sequence < b._sequence)


def _heap_push(heap, timer):
    heap.append(timer)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if not _timer_before(heap[i], heap[parent]):
            break
        heap[i], heap[parent] = heap[parent], heap[i]
        i = parent


def _heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    n = len(heap)
    i = 0
    while True:
        left = 2 * i + 1
        if left >= n:
            break
        child = left
        if left + 1 < n and _timer_before(heap[left + 1], heap[left]):
            child = left + 1
        if not _timer_before(heap[child], heap[i]):
            break
        heap[i], heap[child] = heap[child], heap[i]
        i = child
    return top


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut._loop.stop()


def new_event_loop():
    return _Loop()


class Future:
    """A value that will be available later; awaiting it waits for it."""

    def __init__(self, loop=None):
        if loop is None:
            loop = get_running_loop()
        self._loop = loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        self._cancelled_exc = None
        self._asyncio_future_blocking = False

    def get_loop(self):
        return self._loop

    def _unblock(self):
        self._asyncio_future_blocking = False

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        return self._cancel_future(msg)

    def _cancel_future(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks
        if not callbacks:
            return
        self._callbacks = []
        for callback in callbacks:
            self._loop._schedule(_bind1(callback, self))

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not ready.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn):
        if self._state != _PENDING:
            self._loop._schedule(_bind1(fn, self))
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f is not fn]
        removed = len(self._callbacks) - len(kept)
        if removed:
            self._callbacks = kept
        return removed

    def set_result(self, result):
        self._set_result_future(result)

    def _set_result_future(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        self._set_exception_future(exception)

    def _set_exception_future(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, StopIteration):
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __iter__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    def __await__(self):
        return (yield from self.__iter__())


def _run_and_set(fut, func, args):
    if fut.cancelled():
        return
    try:
        result = func(*args)
    except BaseException as exc:
        fut.set_exception(exc)
        return
    fut.set_result(result)


async def to_thread(func, *args):
    """Runs func(*args) (at once, on this thread: see run_in_executor) and returns its result."""
    return await get_running_loop().run_in_executor(None, func, *args)


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


class Task(Future):
    """A coroutine scheduled on the loop: each step runs it to its next await."""

    def __init__(self, coro, loop=None, name=None):
        super().__init__(loop)
        _task_counter[0] += 1
        self._serial = _task_counter[0]
        if name is None:
            self._name = f'Task-{self._serial}'
        else:
            self._name = str(name)
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._loop._schedule(self._step_first)
        self._loop._tasks[self._serial] = self

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg):
                # The waiter's done callback steps this task, which then raises CancelledError.
                return True
        # Its next step (already scheduled) throws CancelledError into the coroutine.
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def _step_first(self):
        self._step(None)

    def _step(self, exc):
        if self._state != _PENDING:
            raise InvalidStateError('_step(): already done')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        loop = self._loop
        loop._current_task = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                self._cancel_future(self._cancel_message)
            else:
                self._set_result_future(stop.value)
        except CancelledError as cancelled:
            self._cancelled_exc = cancelled
            self._cancel_future()
        except (KeyboardInterrupt, SystemExit) as fatal:
            self._set_exception_future(fatal)
            loop._current_task = None
            loop._tasks.pop(self._serial, None)
            raise
        except BaseException as error:
            self._set_exception_future(error)
        else:
            if result is None:
                # A bare yield (sleep(0)) gives up control for one loop iteration.
                loop._schedule(self._step_first)
            elif result._asyncio_future_blocking:
                if result is self:
                    loop._schedule(_bind1(self._step, RuntimeError('Task cannot await on itself')))
                else:
                    # (Methods, not attribute stores: in a program whose coroutines await no
                    # Future, `result` can only be None, which has no attributes to set.)
                    result._unblock()
                    result.add_done_callback(self._wakeup)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if result.cancel(self._cancel_message):
                            self._must_cancel = False
            else:
                loop._schedule(_bind1(self._step, RuntimeError('yield was used instead of yield from in task')))
        loop._current_task = None
        if self._state != _PENDING:
            loop._tasks.pop(self._serial, None)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
            return
        self._step(None)


def _run_coroutine(main):
    loop = _Loop()
    task = Task(main, loop)
    try:
        return loop.run_until_complete(task)
    finally:
        try:
            _cancel_all_tasks(loop)
            # CPython then runs shutdown_asyncgens() (closing the async generators
            # left unfinished) and shutdown_default_executor(), which finishes at once.
            loop.run_until_complete(Task(_shutdown_asyncgens(loop), loop))
            loop.run_until_complete(Task(_nothing(), loop))
        finally:
            loop.close()


def run(main, debug=None):
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    return _run_coroutine(main)


def _nothing():
    return
    yield


def _cancel_all_tasks(loop):
    to_cancel = [t for t in loop._tasks.values() if not t.done()]
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(_gather_futures(to_cancel, True, loop))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            print('unhandled exception during asyncio.run() shutdown', file=_sys.stderr)


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._tasks.values() if not t.done()}


def create_task(coro, name=None):
    return get_running_loop().create_task(coro, name)


def ensure_future(coro_or_future, loop=None):
    # (An if/else: the compiler decides isinstance() of a coroutine or a Future
    # statically and types only the branch taken.)
    if isinstance(coro_or_future, Future):
        return coro_or_future
    else:
        if loop is None:
            loop = get_running_loop()
        return loop.create_task(coro_or_future)


def iscoroutine(obj):
    return not isinstance(obj, Future) and type(obj).__name__ == 'generator'


def isfuture(obj):
    return isinstance(obj, Future)


def _sleep0():
    yield


def sleep(delay, result=None):
    if delay <= 0:
        yield from _sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop._schedule_at(loop.time() + delay, lambda: _set_result_unless_cancelled(future, result))
    try:
        return (yield from future)
    finally:
        handle.cancel()


class _GatheringFuture(Future):
    """gather()'s result: cancelling it cancels its children."""

    def __init__(self, children, loop):
        super().__init__(loop)
        self._children = children
        self._cancel_requested = False
        self._return_exceptions = False
        self._nfinished = 0
        self._nfuts = 0

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret

    def _child_done(self, fut):
        self._nfinished += 1
        if self.done():
            return
        if not self._return_exceptions:
            if fut.cancelled():
                self._set_exception_future(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                self._set_exception_future(exc)
                return
        if self._nfinished == self._nfuts:
            results = []
            for child in self._children:
                if child.cancelled():
                    if child._cancel_message is None:
                        results.append(CancelledError(''))
                    else:
                        results.append(CancelledError(child._cancel_message))
                else:
                    res = child.exception()
                    if res is None:
                        results.append(child.result())
                    else:
                        results.append(res)
            if self._cancel_requested:
                self._set_exception_future(fut._make_cancelled_error())
            else:
                self._set_result_future(results)


def gather(*aws, return_exceptions=False):
    loop = get_running_loop()
    if len(aws) == 0:
        outer = loop.create_future()
        outer.set_result([])
        return outer
    futures = []
    if len(aws) <= 12:
        # Each argument on its own (the tests are decided at compile time for
        # the tuple of arguments): a Task and a coroutine among them keep their types.
        if len(aws) > 0:
            futures.append(ensure_future(aws[0], loop))
        if len(aws) > 1:
            futures.append(ensure_future(aws[1], loop))
        if len(aws) > 2:
            futures.append(ensure_future(aws[2], loop))
        if len(aws) > 3:
            futures.append(ensure_future(aws[3], loop))
        if len(aws) > 4:
            futures.append(ensure_future(aws[4], loop))
        if len(aws) > 5:
            futures.append(ensure_future(aws[5], loop))
        if len(aws) > 6:
            futures.append(ensure_future(aws[6], loop))
        if len(aws) > 7:
            futures.append(ensure_future(aws[7], loop))
        if len(aws) > 8:
            futures.append(ensure_future(aws[8], loop))
        if len(aws) > 9:
            futures.append(ensure_future(aws[9], loop))
        if len(aws) > 10:
            futures.append(ensure_future(aws[10], loop))
        if len(aws) > 11:
            futures.append(ensure_future(aws[11], loop))
    else:
        for arg in aws:
            futures.append(ensure_future(arg, loop))
    return _gather_futures(futures, return_exceptions, loop)


def _gather_list(futures, return_exceptions=False):
    """gather(*aws) of a list: the compiler rewrites it to this, with the list of ensure_future(a)."""
    loop = get_running_loop()
    if len(futures) == 0:
        outer = loop.create_future()
        outer.set_result([])
        return outer
    return _gather_futures(futures, return_exceptions, loop)


def _gather_futures(futures, return_exceptions, loop):
    # One child per distinct awaitable (gather(t, t) waits for t once), listed as given.
    children = []
    distinct = []
    seen = set()
    for fut in futures:
        if fut not in seen:
            seen.add(fut)
            distinct.append(fut)
        children.append(fut)
    outer = _GatheringFuture(children, loop)
    outer._return_exceptions = return_exceptions
    outer._nfuts = len(distinct)
    for fut in distinct:
        fut.add_done_callback(outer._child_done)
    return outer


def _release_waiter(waiter):
    if not waiter.done():
        waiter.set_result(None)


def _releaser(waiter):
    return lambda fut: _release_waiter(waiter)


def _cancel_and_wait(fut):
    waiter = fut._loop.create_future()
    cb = _releaser(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        yield from waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(aw, timeout):
    if isinstance(aw, Future):
        if timeout is None:
            return await aw
        return await _wait_for_future(aw, timeout)
    else:
        if timeout is None:
            return await aw
        # The coroutine runs in a task (as ensure_future makes it) that keeps
        # its return value with its own type: a Future's result is dynamic.
        results = []
        await _wait_for_future(get_running_loop().create_task(_collect(aw, results)), timeout)
        return results[0]


async def _collect(coro, results):
    results.append(await coro)


def _wait_for_future(fut, timeout):
    loop = get_running_loop()
    if timeout <= 0:
        if fut.done():
            return fut.result()
        yield from _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop._schedule_at(loop.time() + timeout, lambda: _release_waiter(waiter))
    cb = _releaser(waiter)
    fut.add_done_callback(cb)
    try:
        try:
            yield from waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            yield from _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        yield from _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures (or coroutines) in fs: returns two sets, (done, pending)."""
    if len(fs) == 0:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    futures = []
    seen = set()
    for f in fs:
        fut = _future_only(f)
        if fut not in seen:
            seen.add(fut)
            futures.append(fut)
    loop = get_running_loop()
    waiter = loop.create_future()
    state = _WaitState(waiter, len(futures), return_when)
    if timeout is not None:
        state.timeout_handle = loop._schedule_at(loop.time() + timeout, lambda: _release_waiter(waiter))
    for f in futures:
        f.add_done_callback(state.on_completion)
    try:
        await waiter
    finally:
        if state.timeout_handle is not None:
            state.timeout_handle.cancel()
        for f in futures:
            f.remove_done_callback(state.on_completion)
    done = set()
    pending = set()
    for f in futures:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def _future_only(aw):
    if isinstance(aw, Future):
        return aw
    else:
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')


class _WaitState:
    def __init__(self, waiter, counter, return_when):
        self.waiter = waiter
        self.counter = counter
        self.return_when = return_when
        self.timeout_handle = None

    def on_completion(self, f):
        self.counter -= 1
        if (self.counter <= 0 or self.return_when == FIRST_COMPLETED
                or (self.return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            if self.timeout_handle is not None:
                self.timeout_handle.cancel()
            if not self.waiter.done():
                self.waiter.set_result(None)


def as_completed(fs, timeout=None):
    """An iterator of coroutines, each awaiting the next future of fs to finish (its result)."""
    loop = get_running_loop()
    state = _CompletionState(loop)
    seen = set()
    for f in fs:
        fut = ensure_future(f, loop)
        if fut not in seen:
            seen.add(fut)
            state.todo.append(fut)
            state.remaining.add(fut)
    for f in state.todo:
        f.add_done_callback(state.on_completion)
    if len(state.todo) > 0 and timeout is not None:
        state.timeout_handle = loop._schedule_at(loop.time() + timeout, state.on_timeout)
    return [state.wait_for_one() for _ in range(len(state.todo))]


class _CompletionState:
    """as_completed's queue of finished futures (None: the timeout), and the coroutines waiting on it."""

    def __init__(self, loop):
        self.loop = loop
        self.todo = []
        self.remaining = set()
        self.done = []
        self.getters = []
        self.timeout_handle = None

    def put(self, f):
        self.done.append(f)
        while len(self.getters) > 0:
            getter = self.getters.pop(0)
            if not getter.done():
                getter.set_result(None)
                break

    def on_timeout(self):
        for f in self.todo:
            if f in self.remaining:
                f.remove_done_callback(self.on_completion)
                self.put(None)
        self.remaining = set()

    def on_completion(self, f):
        if f not in self.remaining:
            return  # on_timeout() was here first.
        self.remaining.discard(f)
        self.put(f)
        if len(self.remaining) == 0 and self.timeout_handle is not None:
            self.timeout_handle.cancel()

    async def wait_for_one(self):
        while len(self.done) == 0:
            getter = self.loop.create_future()
            self.getters.append(getter)
            await getter
        f = self.done.pop(0)
        if f is None:
            raise TimeoutError
        return f.result()


class TaskGroup:
    """`async with asyncio.TaskGroup() as tg: tg.create_task(...)` waits for
    every task; the first failure cancels the others (and the body), and the
    failures are raised together as an ExceptionGroup."""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        # The tasks not done yet, in creation order (CPython's is a set: its cancel order is a set's).
        self._tasks = []
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError("TaskGroup has already been entered")
        self._entered = True
        self._loop = get_running_loop()
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError("TaskGroup cannot determine the parent task")
        return self

    async def __aexit__(self, et, exc, tb):
        # (`exc` is the exception instance, whatever `et` holds.)
        self._exiting = True
        propagate_cancellation_error = None
        if exc is not None and isinstance(exc, (SystemExit, KeyboardInterrupt)) and self._base_error is None:
            self._base_error = exc
        if exc is not None:
            if isinstance(exc, CancelledError):
                if self._parent_cancel_requested and not self._parent_task.uncancel():
                    pass  # the group cancelled its parent itself: swallow it
                else:
                    propagate_cancellation_error = exc
            if not self._aborting:
                self._abort()
        while len(self._tasks) > 0:
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error is not None and len(self._errors) == 0:
            raise propagate_cancellation_error
        if exc is not None and not isinstance(exc, CancelledError):
            self._errors.append(exc)
        if len(self._errors) > 0:
            errors = self._errors
            self._errors = []
            raise ExceptionGroup('unhandled errors in a TaskGroup', errors) from None
        return None

    def create_task(self, coro, name=None):
        if not self._entered:
            raise RuntimeError(f"TaskGroup has not been entered")
        if self._exiting and len(self._tasks) == 0:
            raise RuntimeError(f"TaskGroup is finished")
        if self._aborting:
            raise RuntimeError(f"TaskGroup is shutting down")
        task = self._loop.create_task(coro, name)
        self._tasks.append(task)
        task.add_done_callback(self._on_task_done)
        return task

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks = [t for t in self._tasks if t is not task]
        if self._on_completed_fut is not None and len(self._tasks) == 0:
            if not self._on_completed_fut.done():
                self._on_completed_fut.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if isinstance(exc, (SystemExit, KeyboardInterrupt)) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


class Timeout:
    """asyncio.timeout(): cancels the task when the deadline passes, and turns
    that CancelledError into TimeoutError on leaving the `async with` block."""

    def __init__(self, when):
        self._state = 'created'
        self._timeout_handler = None
        self._task = None
        self._when = when
        self._cancelling = 0

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != 'entered':
            raise RuntimeError(f"Cannot change state of {self._state} Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop._schedule(self._on_timeout)
            else:
                self._timeout_handler = loop._schedule_at(when, self._on_timeout)

    def expired(self):
        return self._state == 'expiring' or self._state == 'expired'

    async def __aenter__(self):
        if self._state != 'created':
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = 'entered'
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == 'expiring':
            self._state = 'expired'
            if self._task.uncancel() <= self._cancelling and isinstance(exc_val, CancelledError):
                # No newer cancel request: this one was the timeout's.
                raise TimeoutError from exc_val
        elif self._state == 'entered':
            self._state = 'exited'
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = 'expiring'
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    if delay is None:
        return Timeout(None)
    return Timeout(loop.time() + delay)


def timeout_at(when):
    return Timeout(when)


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    outer = inner._loop.create_future()
    inner.add_done_callback(_shield_inner_done(outer))
    return outer


def _shield_inner_done(outer):
    def done(inner):
        if outer.cancelled():
            return
        if inner.cancelled():
            outer.cancel()
            return
        exc = inner.exception()
        if exc is not None:
            outer.set_exception(exc)
        else:
            outer.set_result(inner.result())
    return done


# ---- synchronisation primitives (asyncio.locks)


class Event:
    def __init__(self):
        self._waiters = []
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            yield from fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock:
    def __init__(self):
        self._waiters = []
        self._locked = False

    def locked(self):
        return self._locked

    def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                yield from fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)

    def __aenter__(self):
        yield from self.acquire()
        return None

    def __aexit__(self, exc_type, exc, tb):
        self.release()
        return None
        yield


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = []
        self._value = value
        self._bound_value = -1

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in self._waiters)

    def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                yield from fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        if self._bound_value >= 0 and self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return

    def __aenter__(self):
        yield from self.acquire()
        return None

    def __aexit__(self, exc_type, exc, tb):
        self.release()
        return None
        yield


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        super().__init__(value)
        self._bound_value = value


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self._waiters = []

    def locked(self):
        return self._lock.locked()

    def acquire(self):
        return (yield from self._lock.acquire())

    def release(self):
        self._lock.release()

    def __aenter__(self):
        yield from self._lock.acquire()
        return None

    def __aexit__(self, exc_type, exc, tb):
        self._lock.release()
        return None
        yield

    def wait(self):
        if not self._lock.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self._lock.release()
        try:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                yield from fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # Reacquire the lock, even when cancelled meanwhile (CPython retries the same way).
            cancelled = False
            while True:
                try:
                    yield from self._lock.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError()

    def wait_for(self, predicate):
        result = predicate()
        while not result:
            yield from self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._lock.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


# ---- queues (asyncio.queues)


class Queue:
    _store_kind = _FIFO  # how the items are kept; the subclasses say LIFO or priority

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._items = _ItemStore(self._store_kind)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def qsize(self):
        return len(self._items)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return self.qsize() == 0

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    def put(self, item):
        while self.full():
            yield from self._wait_turn(self._putters, True)
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._items.put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    def get(self):
        while self.empty():
            yield from self._wait_turn(self._getters, False)
        return self.get_nowait()

    def _wait_turn(self, waiters, putting):
        """One wait of put() (putting) or get() in `waiters` until woken, as CPython's. A waiter
        cancelled after it was woken passes the wake-up on to the next, if the queue can serve it."""
        waiter = get_running_loop().create_future()
        waiters.append(waiter)
        try:
            yield from waiter
        except BaseException:
            waiter.cancel()
            if any(w is waiter for w in waiters):
                waiters.remove(waiter)
            can_go_on = not self.full() if putting else not self.empty()
            if can_go_on and not waiter.cancelled():
                self._wakeup_next(waiters)
            raise

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._items.get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    def join(self):
        if self._unfinished_tasks > 0:
            yield from self._finished.wait()


class LifoQueue(Queue):
    _store_kind = _LIFO


class PriorityQueue(Queue):
    _store_kind = _PRIORITY


# ---- async generators (the compiler rewrites `async def` with `yield` to use these)


class _AsyncGenItem(Future):
    """What an async generator's body yields for `yield value` (its awaits yield
    Futures). A Future subclass only so that the body's yields have one type."""

    def __init__(self, value):
        self.value = value


class _AsyncGenerator:
    """An async generator object: its body is a generator run by __anext__."""

    def __init__(self, gen):
        self._gen = gen
        self._started = False
        self._finished = False
        self._serial = 0

    def __aiter__(self):
        return self

    def _finish(self):
        self._finished = True
        if self._started and _running_loop is not None:
            _running_loop._asyncgens.pop(self._serial, None)

    def __anext__(self):
        if self._finished:
            raise StopAsyncIteration
        if not self._started:
            # As CPython's first-iteration hook: the loop closes it at shutdown if it is left unfinished.
            self._started = True
            if _running_loop is not None:
                _task_counter[0] += 1
                self._serial = _task_counter[0]
                _running_loop._asyncgens[self._serial] = self
        sent = None
        thrown = None
        while True:
            try:
                if thrown is None:
                    out = self._gen.send(sent)
                else:
                    out = self._gen.throw(thrown)
            except StopIteration:
                self._finish()
                raise StopAsyncIteration
            except BaseException:
                self._finish()
                raise
            if isinstance(out, _AsyncGenItem):
                return out.value
            # A Future the body awaits: pass it on to the task, and what comes back to the body.
            sent = None
            thrown = None
            try:
                sent = yield out
            except BaseException as exc:
                thrown = exc

    def aclose(self):
        """Raises GeneratorExit where the body is suspended (its finally blocks run, and may await)."""
        if self._finished:
            return None
        self._finish()
        sent = None
        thrown = GeneratorExit()
        while True:
            try:
                if thrown is None:
                    out = self._gen.send(sent)
                else:
                    out = self._gen.throw(thrown)
            except (GeneratorExit, StopIteration):
                return None
            if isinstance(out, _AsyncGenItem):
                raise RuntimeError('async generator ignored GeneratorExit')
            sent = None
            thrown = None
            try:
                sent = yield out
            except BaseException as exc:
                thrown = exc


def _agen_dropped(it):
    """The end of an `async for` over a fresh object (the compiler calls it): an
    async generator left unfinished is unreachable now, and CPython's finalizer
    closes it in a task created at the next loop iteration."""
    if isinstance(it, _AsyncGenerator):
        if it._started and not it._finished and _running_loop is not None:
            loop = _running_loop
            loop._asyncgens.pop(it._serial, None)
            loop._schedule(lambda: _close_in_task(loop, it))


def _close_in_task(loop, agen):
    loop.create_task(agen.aclose())


async def _shutdown_asyncgens(loop):
    closing = [ag for ag in loop._asyncgens.values() if not ag._finished]
    loop._asyncgens = {}
    if len(closing) == 0:
        return
    results = await gather(*[ag.aclose() for ag in closing], return_exceptions=True)
    for result in results:
        if isinstance(result, BaseException):
            print('an error occurred during closing of asynchronous generator', file=_sys.stderr)
