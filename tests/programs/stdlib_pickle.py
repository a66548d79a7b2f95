"""pickle of built-in values: every protocol's bytes, memo of shared and recursive values, errors, files."""

import os
import pickle

WORDS = ['alpha', 'beta', 'alpha beta', 'x']


def make(n):
    out = []
    for i in range(n):
        out.append(WORDS[i % 4])
    return out


def main():
    shared = [1, 2]
    rec = [1]
    rec.append(rec)
    d = {'a': 1}
    d['self'] = d
    values = [
        None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -129, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
        2**64, -2**64, 2**100 + 7, 10**600, -(10**600), 1.5, -0.0, 1e100, float('inf'), 3.0,
        '', 'abc', 'h\u00e9llo', 'x\u20acy', '\U0001f600', 'a\\b\nc\rd\x00e\x1a', 'q' * 300,
        b'', b'abc', b'\x00\xff' * 200, bytearray(b'xy'), bytearray(),
        (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2, 3], {}, {'k': 'v'},
        {'a': [1, 2], 'b': (3, 4), 'c': {'d': None}}, set(), {1, 2, 3}, frozenset(), frozenset({4, 5}),
        [shared, shared, (shared, shared)], rec, d, list(range(1000)), list(range(1001)),
        {i: i for i in range(1000)}, {i: str(i) for i in range(1001)}, set(range(1500)),
    ]
    for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
        total = 0
        for v in values:
            data = pickle.dumps(v, proto)
            total += len(data)
            back = pickle.loads(data)
            if len(data) < 60:
                print(proto, data)
            if v is not rec and v is not d and back != v:
                print('MISMATCH', proto, repr(v)[:50], repr(back)[:50])
            if pickle.dumps(back, proto) != data and v is not rec and v is not d:
                print('REDUMP DIFFERS', proto, repr(v)[:50])
        print('proto', proto, 'total', total)
    r2 = pickle.loads(pickle.dumps(rec))
    print(r2[1] is r2, r2[0])
    d2 = pickle.loads(pickle.dumps(d, 2))
    print(d2['self'] is d2, sorted(d2.keys()))
    big = [list(range(i, i + 50)) for i in range(3000)]
    data = pickle.dumps(big)
    print(len(data), data[:20], data[-20:], pickle.loads(data) == big)
    print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
    for bad in [b'', b'\x80\x04K', b'zzz', b'\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00h\x07.']:
        try:
            pickle.loads(bad)
        except Exception as e:
            print(type(e).__name__, e)
    try:
        pickle.dumps(1, 6)
    except ValueError as e:
        print('ValueError', e)
    try:
        pickle.loads('abc')
    except TypeError as e:
        print('TypeError', e)
    identities_and_files()


def identities_and_files():
    path = 'stdlib_pickle_%d.pkl' % os.getpid()
    print(pickle.dumps(['ab', 'ab', 'a b', 'a b']))
    print(pickle.dumps(make(6)))
    s = 'hello' + str(3)
    print(pickle.dumps([s, s, 'abc'[0], 'a']))
    t = (1, 'x')
    print(pickle.dumps({'k': t, 'j': t}))
    with open(path, 'wb') as f:
        pickle.dump({'a': 1}, f)
        pickle.dump([1, 2, 3], f, protocol=2)
        pickle.dump('x' * 70000, f)
    with open(path, 'rb') as f:
        print(pickle.load(f))
        print(pickle.load(f))
        print(len(pickle.load(f)))
    with open(path, 'rb') as f:
        data = f.read()
    print(len(data), data[:30])
    os.remove(path)


main()
