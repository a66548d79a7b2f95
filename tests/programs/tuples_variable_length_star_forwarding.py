"""Tuples of variable length forwarded as *args: a Thread-like runner whose `args=()` default
joins with `(pool,)` (a tuple[Pool, ...]) and whose target reads the items' attributes by name."""


class Pool:
    def __init__(self, name):
        self._queue = [1, 2, 3]
        self.name = name

    def __repr__(self):
        return 'Pool(%r)' % self.name


class Runner:
    def __init__(self, target=None, args=()):
        self._target = target
        self._args = args

    def run(self):
        if self._target is not None:
            return self._target(*self._args)
        return None


def drain(pool):
    total = 0
    while pool._queue:
        total += pool._queue.pop()
    return pool.name + ':' + str(total)


def merge(a, b):
    return a.name + b.name + str(len(a._queue) + len(b._queue))


def show(*items):
    return ' '.join(repr(x) for x in items)


def count(*items):
    return len(items)


def forward(f, *args):
    return f(*args)


def main():
    print(Runner(drain, (Pool('a'),)).run())
    print(Runner(merge, (Pool('b'), Pool('c'))).run())
    print(Runner(count).run())
    print(Runner().run())
    print(Runner(show, (Pool('d'), Pool('e'), Pool('f'))).run())
    p = Pool('g')
    t = (p,) if len(p.name) > 5 else (Pool('h'), Pool('i'))
    print(*t)
    print(len(t), t, t[-1].name)
    print('%s and %s' % t)
    print(show(*t), merge(*t), forward(merge, *t))
    u = tuple(Pool(c) for c in 'xyz')
    print(u[1], u[-1]._queue, u, count(*u), show(*u[1:]))
    runners = [Runner(drain, (q,)) for q in u] + [Runner(count, u), Runner(merge, u[:2])]
    for r in runners:
        print(r.run())


main()
