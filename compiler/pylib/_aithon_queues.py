"""The item store behind queue.Queue and asyncio.Queue (and their LIFO and
priority variants): both modules keep items the same way and differ only in
how a caller waits, so the store is here once.

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it.
"""

import heapq as _heapq

FIFO = 0
LIFO = 1
PRIORITY = 2  # heapq order, as CPython's PriorityQueue


class ItemStore:
    def __init__(self, kind):
        self._items = []
        self._head = 0  # FIFO: items before it were taken (dropped in batches: get() stays O(1))
        self._kind = kind

    def __len__(self):
        return len(self._items) - self._head

    def put(self, item):
        if self._kind == PRIORITY:
            _heapq.heappush(self._items, item)
        else:
            self._items.append(item)

    def get(self):
        if self._kind == FIFO:
            item = self._items[self._head]
            self._head += 1
            if self._head >= 64 and self._head * 2 >= len(self._items):
                del self._items[:self._head]
                self._head = 0
            return item
        if self._kind == LIFO:
            return self._items.pop()
        return _heapq.heappop(self._items)
