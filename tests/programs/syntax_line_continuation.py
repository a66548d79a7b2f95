import io
from math import sqrt, \
    floor
import os.path, \
    sys


def f(a, b):
    x = a if b else \
        a + 1
    y = a if b \
        else a - 1
    z = (a, b) \
        if a else None
    return x, y, z


def g(x):
    return x * 2 if x > 0 else \
        -x


def h(*args, \
      key=None, **kw):
    return len(args), key, \
        sorted(kw)


class P:
    def __init__(self, v):
        self.v = \
            v

    def __lt__(self, other):
        return self.v < \
            other.v


def main():
    global COUNT
    print(f(1, True), f(2, False), g(3), g(-4))
    t = 1 + \
        2
    w = [1, 2] \
        + [3]
    print(t, w)
    q = [1, \
         2, 3]
    d = {'a': \
         1, 'b': 2}
    print(q[\
        1], d['a'], h(1, \
                     2, key='k', z=3, \
                     a=1))
    ok = t > 2 and \
        not \
        w == []
    cmp = 1 < \
        2 <= \
        3
    print(ok, cmp, sqrt(16.0), floor(2.5))
    for i in \
            range(2):
        print(i, end=' ')
    print()
    s = 0
    s += \
        5
    assert s == 5, \
        'bad'
    del \
        q[0]
    fn = lambda a: \
        a * 3
    lst = [x for x in range(5) \
           if x % 2 \
           if x > 0]
    gen = sum(x \
              for x in range(4))
    print(s, q, fn(2), lst, gen, P(1) < P(2), os.path.join('a', 'b') != '', \
          sys.maxsize > 0)
    with io.StringIO('abc') as fh, \
            io.StringIO('abc') as fh2:
        print(len(fh.readline()) == len(fh2.readline()))
    try:
        raise \
            ValueError('x')
    except (KeyError, \
            ValueError) as e:
        print('caught', e)
    a, \
        b = 1, 2
    print(a, b, f'{a + b}')
    match b:
        case 1 | \
             2:
            print('matched')
    if a == 1 and \
       b == 2:
        print('both')
    while a < \
            3:
        a += 1
    print(a)


if __name__ == "__main__":
    main()
