"""Synchronized queues: the `queue` standard module (CPython 3.11's).

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. Queue (FIFO), LifoQueue, PriorityQueue (heapq
order, as CPython's) and SimpleQueue, with qsize, empty, full, put, get,
put_nowait, get_nowait, task_done, join, maxsize, and the Empty and Full
exceptions.

A get() from an empty queue, a put() into a full one and a join() with
unfinished tasks block as threading's cooperative threads block (see
threading.py): the other threads run until the call can return. When no
thread can (every one is blocked or finished), CPython would wait forever:
without a timeout RuntimeError says so instead of hanging; with one, the
main thread waits it out (time.sleep) and Empty or Full is raised.

Differences from CPython: the items are kept in a list, not a deque (the
`queue` attribute is not there).
"""

import threading as _threading
import time as _time

from _aithon_queues import FIFO as _FIFO, LIFO as _LIFO, PRIORITY as _PRIORITY, ItemStore as _ItemStore

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


class Queue:
    _store_kind = _FIFO  # how the items are kept; the subclasses say LIFO or priority

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self.unfinished_tasks = 0
        self._items = _ItemStore(self._store_kind)

    def qsize(self):
        return len(self._items)

    def empty(self):
        return self.qsize() == 0

    def full(self):
        return 0 < self.maxsize <= self.qsize()

    def put(self, item, block=True, timeout=None):
        self._wait_for_room(True, block, timeout)
        self._items.put(item)
        self.unfinished_tasks += 1
        _threading._changed()

    def get(self, block=True, timeout=None):
        self._wait_for_room(False, block, timeout)
        item = self._items.get()
        _threading._changed()
        return item

    def _must_wait(self, putting):
        return self.full() if putting else self.empty()

    def _wait_for_room(self, putting, block, timeout):
        """Returns once a put() (putting) or a get() can go on, or raises Full or Empty as
        CPython's Queue does: at once when not blocking, when the timeout runs out otherwise."""
        if not self._must_wait(putting):
            return
        if block:
            if timeout is not None and timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            while self._must_wait(putting):
                if _threading._block(timeout):
                    continue
                if timeout is None:
                    if putting:
                        raise RuntimeError('unsupported: put() into a full queue would block forever (no other thread takes items)')
                    raise RuntimeError('unsupported: get() from an empty queue would block forever (no other thread puts items)')
                # No thread can change the queue: CPython waits the whole timeout out.
                if _threading._sched.current is None:
                    _time.sleep(timeout)
                break
            else:
                return
        if putting:
            raise Full
        raise Empty

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1
        if self.unfinished_tasks == 0:
            _threading._changed()

    def join(self):
        while self.unfinished_tasks > 0:
            if not _threading._block(None):
                raise RuntimeError('unsupported: join() with unfinished tasks would block forever (no other thread calls task_done)')


class LifoQueue(Queue):
    '''Variant of Queue that retrieves most recently added entries first.'''

    _store_kind = _LIFO


class PriorityQueue(Queue):
    '''Variant of Queue that retrieves open entries in priority order (lowest first).'''

    _store_kind = _PRIORITY


class SimpleQueue(Queue):
    '''Simple, unbounded FIFO queue.'''

    def __init__(self):
        super().__init__(0)
