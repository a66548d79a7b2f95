"""Threads: the `threading` standard module (CPython 3.11's), as cooperative
green threads of the program's one actor.

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. The threads of one program share its heap, so they
cannot be actors (an actor's heap is its own; messages are copied): they run
on the green stacks of the actor that started them, one at a time, and switch
only where a thread cannot go on (docs/language.md, the threading row):

- start() runs the new thread at once, until it ends or blocks.
- A thread blocks in join(), Lock/RLock.acquire(), Condition.wait(),
  Semaphore.acquire(), Event.wait(), Barrier.wait() and queue.Queue's get(),
  put() and join() when the call cannot return yet. Blocked, it is suspended
  (its body runs inside a generator, and _aithon_threads.suspend leaves that
  generator from any call depth) and the code that resumed it goes on.
- When the main thread blocks, it resumes every suspended thread in the order
  they blocked, again and again, until what it waits for has happened. When a
  whole pass changes nothing (no lock released, event set, item queued,
  thread ended...), waits with a timeout time out; without one the program
  would hang in CPython too (a deadlock), and RuntimeError says so instead.

So programs whose output does not depend on how threads interleave print
what CPython prints: workers that fill shared structures under locks,
producers and consumers over queues, pools of futures. Switching at blocking
calls only is one of the schedules CPython's GIL may produce.

Differences from CPython: no preemption (a thread that spins waiting for a
flag without blocking never lets the others run); no threading.local,
settrace/setprofile, excepthook or stack_size; time.sleep() in a thread
sleeps the whole program; the non-daemon threads are waited for after
main.py's code (the compiler appends a call of _shutdown), not after an
uncaught exception or sys.exit() (CPython waits then too); a blocking call
inside a generator's body that runs in a thread raises RuntimeError
(unsupported: the thread cannot be suspended there), which, like every
`unsupported:` error in a thread, stops the program; get_ident() and
native_id are small counters.
"""

import sys as _sys
import traceback as _traceback

import _aithon_threads

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError',
           'Timer', 'get_native_id']

TIMEOUT_MAX = 9223372036.0


class BrokenBarrierError(RuntimeError):
    pass


class _Scheduler:
    """The running thread (None: the main thread), the suspended ones, and a count of wake-ups."""

    def __init__(self):
        self.current = None
        self.suspended = []
        self.alive = []
        # Incremented by everything that may let a blocked thread go on.
        self.changes = 0
        # Incremented when a pass over the suspended threads changed nothing: timed waits then time out.
        self.stalls = 0
        self.timed = 0
        self.next_ident = 1
        self.next_name = 1


_sched = _Scheduler()


def _changed():
    _sched.changes += 1


def _resume(t):
    prev = _sched.current
    _sched.current = t
    next(t._gen)
    _sched.current = prev
    fatal = t._fatal
    if fatal is not None:
        # What this module cannot do stops the program, not only the thread.
        t._fatal = None
        raise fatal
    if t._ended and not t._done:
        t._done = True
        for i in range(len(_sched.alive)):
            if _sched.alive[i] is t:
                del _sched.alive[i]
                break
        _changed()


def _pass():
    waiting = _sched.suspended
    _sched.suspended = []
    for t in waiting:
        _resume(t)


def _block(timeout):
    """One wait of a caller that cannot go on yet (it tests its condition again after). False: give up,
    as a timeout ran out (or, without a timeout, the program is deadlocked: the caller raises)."""
    t = _sched.current
    if t is not None:
        stalls = _sched.stalls
        if timeout is not None:
            _sched.timed += 1
        _sched.suspended.append(t)
        _aithon_threads.suspend(t._gen, None)
        if timeout is not None:
            _sched.timed -= 1
            if _sched.stalls != stalls:
                _changed()
                return False
        return True
    before = _sched.changes
    _pass()
    if _sched.changes != before:
        return True
    if _sched.timed > 0:
        # Threads waiting with a timeout would wait in vain: they time out, and that is a change.
        _sched.stalls += 1
        _pass()
        if _sched.changes != before:
            return True
    return False


def _deadlock(what):
    raise RuntimeError('unsupported: ' + what + ' would block forever (every other thread is blocked or finished: '
                       'a deadlock under CPython)')


def _thread_body(t):
    """The generator a thread runs in: its run(), an uncaught exception reported as CPython reports it."""
    try:
        t.run()
    except SystemExit:
        pass
    except RuntimeError as e:
        if str(e).startswith('unsupported: '):
            t._fatal = e
        else:
            print('Exception in thread ' + t._name + ':', file=_sys.stderr)
            _traceback.print_exception(e)
    except BaseException as e:
        print('Exception in thread ' + t._name + ':', file=_sys.stderr)
        _traceback.print_exception(e)
    t._ended = True
    yield None


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError('group argument must be None for now')
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        if name is None:
            n = _sched.next_name
            _sched.next_name = n + 1
            name = 'Thread-%d' % n
            if target is not None:
                name += ' (' + target.__name__ + ')'
        self._name = str(name)
        if daemon is None:
            daemon = current_thread().daemon if _sched.next_ident > 1 else False
        self._daemonic = daemon
        self._started = False
        self._ended = False
        self._done = False
        self._ident = None
        self._gen = None
        # An `unsupported:` RuntimeError the body raised, raised again where the thread was resumed.
        self._fatal = None

    def __repr__(self):
        status = 'initial'
        if self._started:
            status = 'started'
        if self._done:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %d' % self._ident
        return '<%s(%s, %s)>' % (type(self).__name__, self._name, status)

    def start(self):
        if self._started:
            raise RuntimeError('threads can only be started once')
        self._started = True
        self._ident = _sched.next_ident
        _sched.next_ident += 1
        _sched.alive.append(self)
        self._gen = _thread_body(self)
        _resume(self)

    def run(self):
        if self._target is not None:
            if self._kwargs:
                raise TypeError('unsupported: Thread(kwargs=...) (pass the arguments in args, or a lambda as target)')
            self._target(*self._args)

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        while not self._done:
            if not _block(timeout):
                if timeout is not None:
                    return
                _deadlock('join()')

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def is_alive(self):
        return self._started and not self._done

    def isDaemon(self):
        return self._daemonic

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self._name

    def setName(self, name):
        self.name = name


_main = Thread(name='MainThread', daemon=False)
_main._started = True
_main._ident = _sched.next_ident
_sched.next_ident += 1


def _shutdown():
    """Run after main.py's code (the compiler appends the call), as CPython's interpreter does at exit: the
    non-daemon threads still blocked are resumed until they end."""
    while True:
        waiting = False
        for t in _sched.alive:
            if not t._daemonic:
                waiting = True
        if not waiting:
            return
        if not _block(None):
            _deadlock('the end of the program, waiting for its non-daemon threads,')


def current_thread():
    t = _sched.current
    if t is None:
        return _main
    return t


def currentThread():
    return current_thread()


def main_thread():
    return _main


def get_ident():
    return current_thread()._ident


def get_native_id():
    return current_thread()._ident


def active_count():
    return 1 + len(_sched.alive)


def activeCount():
    return active_count()


def enumerate():
    return [_main] + list(_sched.alive)


class Lock:
    def __init__(self):
        self._locked = False

    def __repr__(self):
        return '<%s _thread.lock object at %#x>' % ('locked' if self._locked else 'unlocked', id(self))

    def acquire(self, blocking=True, timeout=-1):
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            if timeout != -1:
                raise ValueError("can't specify a timeout for a non-blocking call")
            return False
        t = None if timeout < 0 else timeout
        while self._locked:
            if not _block(t):
                if t is not None:
                    return False
                _deadlock('Lock.acquire()')
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('release unlocked lock')
        self._locked = False
        _changed()

    def locked(self):
        return self._locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, exc_type, exc_value, traceback):
        self.release()

    def _release_save(self):
        self.release()
        return 1

    def _acquire_restore(self, count):
        self.acquire()

    def _is_owned(self):
        return self._locked


class RLock:
    def __init__(self):
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = 'None' if self._owner is None else str(self._owner._ident)
        return '<%s _thread.RLock object owner=%s count=%d at %#x>' % (
            'locked' if self._count else 'unlocked', owner, self._count, id(self))

    def acquire(self, blocking=True, timeout=-1):
        me = current_thread()
        if self._owner is me:
            self._count += 1
            return True
        if self._owner is None:
            self._owner = me
            self._count = 1
            return True
        if not blocking:
            return False
        t = None if timeout < 0 else timeout
        while self._owner is not None:
            if not _block(t):
                if t is not None:
                    return False
                _deadlock('RLock.acquire()')
        self._owner = me
        self._count = 1
        return True

    def release(self):
        if self._owner is not current_thread():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if self._count == 0:
            self._owner = None
            _changed()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, exc_type, exc_value, traceback):
        self.release()

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError('cannot release un-acquired lock')
        count = self._count
        self._count = 0
        self._owner = None
        _changed()
        return count

    def _acquire_restore(self, count):
        self.acquire()
        self._count = count

    def _is_owned(self):
        return self._owner is current_thread()


class _Waiter:
    def __init__(self):
        self.notified = False


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self._waiters = []

    def __enter__(self):
        return self._lock.acquire()

    def __exit__(self, exc_type, exc_value, traceback):
        self._lock.release()

    def acquire(self, blocking=True, timeout=-1):
        return self._lock.acquire(blocking, timeout)

    def release(self):
        self._lock.release()

    def wait(self, timeout=None):
        if not self._lock._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        waiter = _Waiter()
        self._waiters.append(waiter)
        saved = self._lock._release_save()
        got = True
        while not waiter.notified:
            if not _block(timeout):
                if timeout is None:
                    _deadlock('Condition.wait()')
                got = False
                for i in range(len(self._waiters)):
                    if self._waiters[i] is waiter:
                        del self._waiters[i]
                        break
                break
        self._lock._acquire_restore(saved)
        return got

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        while not result:
            if not self.wait(timeout):
                return predicate()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._lock._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        k = 0
        while k < n and self._waiters:
            self._waiters.pop(0).notified = True
            k += 1
        if k:
            _changed()

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        while self._value == 0:
            if not blocking:
                return False
            if not _block(timeout):
                if timeout is not None:
                    return False
                _deadlock('Semaphore.acquire()')
        self._value -= 1
        return True

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n
        _changed()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, exc_type, exc_value, traceback):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError('Semaphore released too many times')
        self._value += n
        _changed()


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    def isSet(self):
        return self._flag

    def set(self):
        self._flag = True
        _changed()

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        while not self._flag:
            if not _block(timeout):
                if timeout is not None:
                    return False
                _deadlock('Event.wait()')
        return True


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._count = 0
        self._generation = 0
        self._broken = False

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        index = self._count
        self._count += 1
        generation = self._generation
        if self._count == self._parties:
            if self._action is not None:
                self._action()
            self._count = 0
            self._generation += 1
            _changed()
            return index
        if timeout is None:
            timeout = self._timeout
        while self._generation == generation and not self._broken:
            if not _block(timeout):
                if timeout is None:
                    _deadlock('Barrier.wait()')
                self.abort()
        if self._broken:
            raise BrokenBarrierError
        return index

    def reset(self):
        self._count = 0
        self._broken = False
        self._generation += 1
        _changed()

    def abort(self):
        self._broken = True
        _changed()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count

    @property
    def broken(self):
        return self._broken


class Timer(Thread):
    """Calls function(*args) after interval seconds, unless cancel() came first (the wait is a timed one: see
    the module's doc for when timed waits run out)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = args if args is not None else ()
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args)
        self.finished.set()
