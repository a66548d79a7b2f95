# Optional imports of modules that do not exist: `try: import X except ImportError:` runs the
# handler, as in CPython (psyco in old benchmarks, izip/xrange fallbacks of Python 2 code).
try:
    import psyco
    psyco.full()
except ImportError:
    pass

try:
    from itertools import izip
except ImportError:
    izip = zip

try:
    import numpy_not_installed as np
    HAVE_NUMPY = True
except (ModuleNotFoundError, KeyError) as e:
    HAVE_NUMPY = False
    print('no numpy:', e, type(e).__name__, isinstance(e, ImportError))

try:
    import cPickle as pickle
except ImportError:
    pickle = None

try:
    from math import isqrt, fsum
    from itertools import imap
except ImportError as e:
    print('ImportError:', e)
    imap = map

try:
    from fastcore.speedups import fast_sum as total
except Exception:
    total = sum
else:
    print('not reached')
finally:
    print('speedups checked')


def dump(value):
    try:
        import simplejson as codec
    except ImportError:
        import json as codec
    return codec.dumps(value)


def main():
    print(list(izip('abc', range(3))), HAVE_NUMPY)
    print(pickle, isqrt(17), fsum([0.1] * 10), list(imap(abs, [-1, 2])))
    print(total([1, 2, 3]), dump([True, None]))


if __name__ == '__main__':
    main()
