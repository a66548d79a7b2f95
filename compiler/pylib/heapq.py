"""The Python-written part of the `heapq` standard module.

The compiler implements heappush, heappop, heapify, merge without keywords
and the rest natively (compiler/src/stdlib.ts); `heapq.merge(..., key=...,
reverse=...)` is rewritten by the parser into `_merge_keyed`, CPython 3.11's
merge written over tuples (key, order, value) instead of lists holding
bound __next__ methods: the same order (ties by the iterable's position),
lazily, one item of each iterable read ahead.
"""

__all__ = ['_merge_keyed']


def _before(a, b, reverse):
    """Does heap entry a come out before b? Keys compared as CPython's tuples do (== first)."""
    if a[0] == b[0]:
        return a[1] < b[1]
    if reverse:
        return a[0] > b[0]
    return a[0] < b[0]


def _sift_down(heap, pos, reverse):
    n = len(heap)
    item = heap[pos]
    while True:
        child = 2 * pos + 1
        if child >= n:
            break
        right = child + 1
        if right < n and _before(heap[right], heap[child], reverse):
            child = right
        if not _before(heap[child], item, reverse):
            break
        heap[pos] = heap[child]
        pos = child
    heap[pos] = item


def _merge_keyed(*iterables, key=None, reverse=False):
    """Merge sorted iterables into one sorted stream (heapq.merge with key= and reverse=)."""
    iterators = [iter(it) for it in iterables]
    heap = []
    for order in range(len(iterators)):
        try:
            value = next(iterators[order])
        except StopIteration:
            continue
        heap.append((value if key is None else key(value), order, value))
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sift_down(heap, pos, reverse)
    while heap:
        _, order, value = heap[0]
        yield value
        try:
            value = next(iterators[order])
        except StopIteration:
            last = heap.pop()
            if heap:
                heap[0] = last
                _sift_down(heap, 0, reverse)
            continue
        heap[0] = (value if key is None else key(value), order, value)
        _sift_down(heap, 0, reverse)
