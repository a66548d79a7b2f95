"""Synchronized queues: the `queue` standard module (CPython 3.11's), for one thread.

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. Queue (FIFO), LifoQueue, PriorityQueue (heapq
order, as CPython's) and SimpleQueue, with qsize, empty, full, put, get,
put_nowait, get_nowait, task_done, join, maxsize, and the Empty and Full
exceptions.

Programs here have one thread, so nothing else can put into an empty queue
or take from a full one: a get() that CPython would block in forever (an
empty queue, block=True, no timeout), a put() into a full queue, and a join()
with unfinished tasks raise RuntimeError saying so instead of hanging. With a
timeout they wait it out (time.sleep) and raise Empty or Full, as CPython's
would with no other thread.

Differences from CPython: the items are kept in a list, not a deque (the
`queue` attribute is not there); no threads, so no blocking.
"""

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
        if self.full():
            if not block:
                raise Full
            if timeout is None:
                raise RuntimeError('unsupported: put() into a full queue would block forever (no other thread takes items)')
            if timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            _time.sleep(timeout)
            raise Full
        self._items.put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if self.empty():
            if not block:
                raise Empty
            if timeout is None:
                raise RuntimeError('unsupported: get() from an empty queue would block forever (no other thread puts items)')
            if timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            _time.sleep(timeout)
            raise Empty
        return self._items.get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks -= 1

    def join(self):
        if self.unfinished_tasks > 0:
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
