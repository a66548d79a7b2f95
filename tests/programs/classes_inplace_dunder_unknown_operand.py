# x op= y where x is an instance whose class defines the in-place dunder and y is a value of
# unknown type (an item of a mixed list, a float that may be an int): the dunder is called with y
# as it is, and the result keeps x's type (Barnes-Hut's `hg.acc0 += dr * mor3` with mor3 dynamic).


class Vec(object):
    def __init__(self, x=0.0, y=0.0):
        self.d = [x, y]

    def __add__(self, other):
        return Vec(self.d[0] + other.d[0], self.d[1] + other.d[1])

    def __iadd__(self, other):
        self.d[0] += other.d[0]
        self.d[1] += other.d[1]
        return self

    def __mul__(self, s):
        return Vec(self.d[0] * s, self.d[1] * s)

    def __imul__(self, s):
        self.d[0] *= s
        self.d[1] *= s
        return self

    def __repr__(self):
        return 'Vec(%r, %r)' % (self.d[0], self.d[1])


class Walk(object):
    def __init__(self):
        self.acc = Vec()
        self.phi = 0.0


class Counter(object):
    def __init__(self):
        self.n = 0

    def __iadd__(self, other):
        if isinstance(other, int):
            self.n += other
        else:
            self.n += len(other)
        return self


class Box(object):
    def __init__(self):
        self.count = Counter()


def mass_of(k):
    # An int for some calls and a float for others: a value of unknown type.
    return k if k % 2 else k * 0.5


def main():
    w = Walk()
    mixed = [2, 0.5, 'x', None]
    for k in range(1, 6):
        m = mass_of(k)
        w.acc += Vec(1.0, -1.0) * m
        w.acc *= m
        w.phi -= m
    print(w.acc, w.phi)

    v = Vec(1.0, 2.0)
    v += Vec(3.0, 4.0) * mixed[0]
    v *= mixed[1]
    print(v)

    b = Box()
    for item in [3, 'four', [1, 2], 10]:
        b.count += item
    print(b.count.n)

    c = Counter()
    c += mixed[0]
    c += mixed[2]
    print(c.n)

    try:
        v += mixed[3]
    except AttributeError as e:
        print('AttributeError', e)


if __name__ == '__main__':
    main()
