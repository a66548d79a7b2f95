"""timsort.py: Tim Peters' list sort written out in Python, after the
Shed Skin example (a port of CPython's listobject.c): natural runs found
and extended by binary insertion to a computed minimum run length, a stack
of pending runs kept balanced by the merge_collapse invariants, and merges
that switch into galloping mode when one run keeps winning. Checked against
sorted() on many kinds of data, stability included."""

import random

MIN_GALLOP = 7
MAX_MERGE_PENDING = 85


class Slice(object):
    __slots__ = ('base', 'len')

    def __init__(self, base, len):
        self.base = base
        self.len = len


class TimSort(object):
    def __init__(self, list, lt=None):
        self.list = list
        if lt is None:
            lt = lambda a, b: a < b
        self.lt = lt
        self.min_gallop = MIN_GALLOP
        self.pending = []
        self.comparisons = 0
        self.gallops = 0

    def less(self, a, b):
        self.comparisons += 1
        return self.lt(a, b)

    def binarysort(self, lo, hi, start):
        """Sort list[lo:hi] where list[lo:start] is already sorted."""
        a = self.list
        if start == lo:
            start += 1
        while start < hi:
            pivot = a[start]
            l = lo
            r = start
            while l < r:
                p = l + ((r - l) >> 1)
                if self.less(pivot, a[p]):
                    r = p
                else:
                    l = p + 1
            for p in range(start, l, -1):
                a[p] = a[p - 1]
            a[l] = pivot
            start += 1

    def count_run(self, lo, hi):
        """Length of the run beginning at lo; a strictly descending run is reversed in place."""
        a = self.list
        if lo + 1 == hi:
            return 1
        n = 2
        if self.less(a[lo + 1], a[lo]):
            p = lo + 2
            while p < hi and self.less(a[p], a[p - 1]):
                n += 1
                p += 1
            a[lo:lo + n] = a[lo:lo + n][::-1]
        else:
            p = lo + 2
            while p < hi and not self.less(a[p], a[p - 1]):
                n += 1
                p += 1
        return n

    def gallop(self, key, a, base, n, hint, right):
        """Where key goes in the sorted a[base:base+n]: leftmost position
        (right=False) or rightmost (right=True), searching from a[base+hint]."""
        assert 0 <= hint < n
        if right:
            lower = lambda x, y: self.less(x, y)   # key < a[i]: go left
        else:
            lower = lambda x, y: not self.less(y, x)   # key <= a[i]: go left
        lastofs = 0
        ofs = 1
        if lower(key, a[base + hint]):
            maxofs = hint + 1
            while ofs < maxofs:
                if lower(key, a[base + hint - ofs]):
                    lastofs = ofs
                    ofs = (ofs << 1) + 1
                else:
                    break
            if ofs > maxofs:
                ofs = maxofs
            lastofs, ofs = hint - ofs, hint - lastofs
        else:
            maxofs = n - hint
            while ofs < maxofs:
                if lower(key, a[base + hint + ofs]):
                    break
                lastofs = ofs
                ofs = (ofs << 1) + 1
            if ofs > maxofs:
                ofs = maxofs
            lastofs += hint
            ofs += hint
        lastofs += 1
        while lastofs < ofs:
            m = lastofs + ((ofs - lastofs) >> 1)
            if lower(key, a[base + m]):
                ofs = m
            else:
                lastofs = m + 1
        return ofs

    def merge_lo(self, ssa, ssb):
        a = self.list
        na, nb = ssa.len, ssb.len
        tmp = a[ssa.base:ssa.base + na]
        pa = 0
        pb = ssb.base
        dest = ssa.base
        a[dest] = a[pb]
        dest += 1
        pb += 1
        nb -= 1
        if nb == 0:
            a[dest:dest + na] = tmp[pa:pa + na]
            return
        if na == 1:
            a[dest:dest + nb] = a[pb:pb + nb]
            a[dest + nb] = tmp[pa]
            return
        min_gallop = self.min_gallop
        while True:
            acount = bcount = 0
            while True:
                if self.less(a[pb], tmp[pa]):
                    a[dest] = a[pb]
                    dest += 1
                    pb += 1
                    nb -= 1
                    if nb == 0:
                        a[dest:dest + na] = tmp[pa:pa + na]
                        self.min_gallop = min_gallop
                        return
                    bcount += 1
                    acount = 0
                    if bcount >= min_gallop:
                        break
                else:
                    a[dest] = tmp[pa]
                    dest += 1
                    pa += 1
                    na -= 1
                    if na == 1:
                        a[dest:dest + nb] = a[pb:pb + nb]
                        a[dest + nb] = tmp[pa]
                        self.min_gallop = min_gallop
                        return
                    acount += 1
                    bcount = 0
                    if acount >= min_gallop:
                        break
            min_gallop += 1
            while acount >= MIN_GALLOP or bcount >= MIN_GALLOP:
                self.gallops += 1
                min_gallop -= min_gallop > 1
                k = self.gallop(a[pb], tmp, pa, na, 0, True)
                acount = k
                if k:
                    a[dest:dest + k] = tmp[pa:pa + k]
                    dest += k
                    pa += k
                    na -= k
                    if na == 1:
                        a[dest:dest + nb] = a[pb:pb + nb]
                        a[dest + nb] = tmp[pa]
                        self.min_gallop = min_gallop
                        return
                    if na == 0:
                        self.min_gallop = min_gallop
                        return
                a[dest] = a[pb]
                dest += 1
                pb += 1
                nb -= 1
                if nb == 0:
                    a[dest:dest + na] = tmp[pa:pa + na]
                    self.min_gallop = min_gallop
                    return
                k = self.gallop(tmp[pa], a, pb, nb, 0, False)
                bcount = k
                if k:
                    a[dest:dest + k] = a[pb:pb + k]
                    dest += k
                    pb += k
                    nb -= k
                    if nb == 0:
                        a[dest:dest + na] = tmp[pa:pa + na]
                        self.min_gallop = min_gallop
                        return
                a[dest] = tmp[pa]
                dest += 1
                pa += 1
                na -= 1
                if na == 1:
                    a[dest:dest + nb] = a[pb:pb + nb]
                    a[dest + nb] = tmp[pa]
                    self.min_gallop = min_gallop
                    return
            min_gallop += 1

    def merge_hi(self, ssa, ssb):
        # Mirror image of merge_lo, written through reversed copies: the
        # runs are merged from the right, keeping stability by preferring a.
        a = self.list
        na, nb = ssa.len, ssb.len
        tmp = a[ssb.base:ssb.base + nb]
        pa = ssa.base + na - 1
        pb = nb - 1
        dest = ssb.base + nb - 1
        while na > 0 and pb >= 0:
            if self.less(tmp[pb], a[pa]):
                a[dest] = a[pa]
                pa -= 1
                na -= 1
            else:
                a[dest] = tmp[pb]
                pb -= 1
            dest -= 1
        if pb >= 0:
            a[dest - pb:dest + 1] = tmp[0:pb + 1]

    def merge_at(self, i):
        a = self.list
        ssa = self.pending[i]
        ssb = self.pending[i + 1]
        assert ssa.len > 0 and ssb.len > 0
        assert ssa.base + ssa.len == ssb.base
        self.pending[i] = Slice(ssa.base, ssa.len + ssb.len)
        del self.pending[i + 1]
        # Where does b start in a? Elements in a before that are already in place.
        k = self.gallop(a[ssb.base], a, ssa.base, ssa.len, 0, True)
        ssa = Slice(ssa.base + k, ssa.len - k)
        if ssa.len == 0:
            return
        # Where does a end in b? Elements in b after that are already in place.
        n = self.gallop(a[ssa.base + ssa.len - 1], a, ssb.base, ssb.len, ssb.len - 1, False)
        ssb = Slice(ssb.base, n)
        if ssb.len == 0:
            return
        if ssa.len <= ssb.len:
            self.merge_lo(ssa, ssb)
        else:
            self.merge_hi(ssa, ssb)

    def merge_collapse(self):
        p = self.pending
        while len(p) > 1:
            n = len(p) - 2
            if (n > 0 and p[n - 1].len <= p[n].len + p[n + 1].len) or \
                    (n > 1 and p[n - 2].len <= p[n - 1].len + p[n].len):
                if p[n - 1].len < p[n + 1].len:
                    n -= 1
                self.merge_at(n)
            elif p[n].len <= p[n + 1].len:
                self.merge_at(n)
            else:
                break

    def merge_force_collapse(self):
        p = self.pending
        while len(p) > 1:
            n = len(p) - 2
            if n > 0 and p[n - 1].len < p[n + 1].len:
                n -= 1
            self.merge_at(n)

    def merge_compute_minrun(self, n):
        r = 0
        while n >= 64:
            r |= n & 1
            n >>= 1
        return n + r

    def sort(self):
        remaining = len(self.list)
        if remaining < 2:
            return
        lo = 0
        hi = remaining
        minrun = self.merge_compute_minrun(remaining)
        while remaining:
            n = self.count_run(lo, hi)
            if n < minrun:
                force = min(minrun, remaining)
                self.binarysort(lo, lo + force, lo + n)
                n = force
            self.pending.append(Slice(lo, n))
            assert len(self.pending) < MAX_MERGE_PENDING
            self.merge_collapse()
            lo += n
            remaining -= n
        self.merge_force_collapse()
        assert len(self.pending) == 1
        assert self.pending[0].base == 0 and self.pending[0].len == len(self.list)


def timsort(xs, key=None):
    if key is None:
        ts = TimSort(xs)
    else:
        ts = TimSort(xs, lambda a, b: key(a) < key(b))
    ts.sort()
    return ts


def datasets(rng, n):
    yield 'random', [rng.random() for _ in range(n)]
    yield 'sorted', list(range(n))
    yield 'reversed', list(range(n, 0, -1))
    yield 'few distinct', [rng.randrange(4) for _ in range(n)]
    saw = []
    for i in range(n):
        saw.append((i * 37) % 101)
    yield 'sawtooth', saw
    mostly = list(range(n))
    for _ in range(n // 50 + (n > 0)):
        i, j = rng.randrange(n), rng.randrange(n)
        mostly[i], mostly[j] = mostly[j], mostly[i]
    yield 'mostly sorted', mostly
    yield 'runs', sum([sorted(rng.sample(range(1000), 40)) for _ in range(n // 40 + 1)], [])[:n]
    words = ['%s%d' % (rng.choice('abcde'), rng.randrange(50)) for _ in range(n)]
    yield 'strings', words


def main():
    rng = random.Random(99)
    for n in (0, 1, 2, 5, 63, 64, 65, 300, 5000):
        line = []
        for name, data in datasets(rng, n):
            expected = sorted(data)
            work = data[:]
            ts = timsort(work)
            assert work == expected, (name, n)
            line.append('%s:%d/%d' % (name.split()[0][:4], ts.comparisons, ts.gallops))
        print('n=%d %s' % (n, ' '.join(line)))
    # stability: sort records by one field and check equal keys keep their order
    records = [(rng.randrange(10), i) for i in range(3000)]
    work = records[:]
    ts = timsort(work, key=lambda r: r[0])
    assert work == sorted(records, key=lambda r: r[0])
    print('stable sort of %d records: %d comparisons, first %s last %s' % (
        len(work), ts.comparisons, work[:3], work[-2:]))
    print('minrun', [TimSort([]).merge_compute_minrun(n) for n in (63, 64, 65, 127, 128, 1000, 2112, 10 ** 6)])


if __name__ == '__main__':
    main()
