"""random.getstate()/setstate() and random.Random's: CPython's state tuple (3, 625 ints, gauss_next),
replayed sequences, states moved between the module's generator and an instance, version 2 states,
and setstate's errors."""
import random


def main() -> None:
    random.seed(42)
    st = random.getstate()
    print(st[0], len(st[1]), st[2], st[1][:3], st[1][-1])
    a = [random.random() for _ in range(3)]
    random.setstate(st)
    b = [random.random() for _ in range(3)]
    print(a == b, a)
    g1 = random.gauss(0.0, 1.0)
    mid = random.getstate()
    print(mid[2] is not None, mid[1][-1])
    g2 = random.gauss(0.0, 1.0)
    random.setstate(mid)
    print(g2 == random.gauss(0.0, 1.0), g1 != g2)
    r = random.Random(7)
    s2 = r.getstate()
    print(s2[0], len(s2[1]), s2[2], s2[1][:2], s2[1][-1])
    x = [r.randint(1, 100) for _ in range(5)]
    h1 = r.gauss(0.0, 1.0)
    half = r.getstate()
    h2 = r.gauss(0.0, 1.0)
    r.setstate(half)
    print(half[2] is not None, h2 == r.gauss(0.0, 1.0), h1 != h2)
    r.setstate(s2)
    r.setstate(s2)
    print(x == [r.randint(1, 100) for _ in range(5)], x)
    # a state moves between the module's generator and an instance
    r2 = random.Random()
    random.seed(3)
    r2.setstate(random.getstate())
    print(r2.random() == random.random())
    random.setstate(r.getstate())
    print(random.random() == r.random())
    for bad in [(4, (), None), (2, (), None), (3, (1, 2), None), (3, [0] * 625, None), (3, tuple([-1] * 625), None), (3, tuple(['a'] * 625), None)]:
        try:
            random.setstate(bad)
        except (ValueError, TypeError, OverflowError) as e:
            print(type(e).__name__, e)
        try:
            r.setstate(bad)
        except (ValueError, TypeError, OverflowError) as e:
            print(type(e).__name__, e)
    v2 = (2, tuple([-5] * 624 + [624]), None)
    random.setstate(v2)
    r.setstate(v2)
    print(random.getstate()[1][:2], r.getstate()[1][:2], random.random() == r.random())
    big = (3, tuple([2 ** 40 + 9] * 624 + [1]), None)
    random.setstate(big)
    r.setstate(big)
    print(random.getstate()[1][:2], r.getstate()[1][:2], random.random() == r.random())
    for bad_index in [(3, tuple([0] * 624 + [700]), None), (3, tuple([2 ** 70] * 624 + [1]), None), (3, tuple([1.5] * 624 + [1]), None),
                      (3, tuple([1] * 624 + [2 ** 70]), None), (3, tuple([1] * 624 + ['x']), None)]:
        try:
            random.setstate(bad_index)
        except (ValueError, TypeError, OverflowError) as e:
            print(type(e).__name__, e)
        try:
            r.setstate(bad_index)
        except (ValueError, TypeError, OverflowError) as e:
            print(type(e).__name__, e)


main()
