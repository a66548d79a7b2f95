"""The Python-written part of the `itertools` standard module (CPython 3.11's recipes, 3.12's batched).

The compiler implements count, cycle, repeat, chain, islice, product,
permutations, combinations, accumulate, groupby, zip_longest and pairwise in
the runtime (compiler/src/stdlib.ts); the names it lacks come from this file,
compiled with the program that imports them. These are generators, so their
repr is a generator's, not `<itertools.takewhile object at ...>`.
"""

from collections import deque

__all__ = ['takewhile', 'dropwhile', 'filterfalse', 'starmap', 'compress', 'batched', 'tee']


def takewhile(predicate, iterable):
    """The items of iterable as long as predicate(item) is true."""
    for x in iterable:
        if predicate(x):
            yield x
        else:
            break


def dropwhile(predicate, iterable):
    """The items of iterable from the first for which predicate(item) is false."""
    dropping = True
    for x in iterable:
        if dropping and predicate(x):
            continue
        dropping = False
        yield x


def filterfalse(predicate, iterable):
    """The items of iterable for which predicate(item) is false (None: the falsy items)."""
    for x in iterable:
        if predicate is None:
            if not x:
                yield x
        elif not predicate(x):
            yield x


def starmap(function, iterable):
    """function(*args) for each tuple args of iterable."""
    for args in iterable:
        yield function(*args)


def compress(data, selectors):
    """The items of data whose selector is true."""
    for d, s in zip(data, selectors):
        if s:
            yield d


def batched(iterable, n):
    """Tuples of n items of iterable (the last may be shorter)."""
    if n < 1:
        raise ValueError('n must be at least one')
    batch = []
    for x in iterable:
        batch.append(x)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)


def _tee_branch(source, queues, mine):
    """One of tee()'s iterators: its queue's items first, then the source's (queued for the other branches too)."""
    while True:
        if not mine:
            try:
                item = next(source)
            except StopIteration:
                return
            for q in queues:
                q.append(item)
        yield mine.popleft()


def tee(iterable, n=2):
    """n independent iterators over iterable's items (each item is read from it once)."""
    if n < 0:
        raise ValueError('n must be >= 0')
    source = iter(iterable)
    queues = [deque() for _ in range(n)]
    return tuple([_tee_branch(source, queues, q) for q in queues])
