"""Pickle benchmarks in the manner of pyperformance's pickle, pickle_dict,
pickle_list and unpickle: a user record dict, a tuple of ints, a group of
randomly mutated dicts, long lists and wide dicts, pickled with every
protocol, read back, and checked; the sizes and digests of the bytes are
printed (CPython writes the same bytes)."""

import os
import pickle
import random
import sys

DICT = {
    'ads_flags': 0,
    'age': 18,
    'bulletin_count': 0,
    'comment_count': 0,
    'country': 'BR',
    'encrypted_id': 'G9urXXAJwjE',
    'favorite_artists': [
        "Fran\u00e7ois Hardy",
        'Les Rita Mitsouko',
        "Serge Gainsbourg",
        'Ang\u00e8le',
        'Jacques Brel',
    ],
    'favorite_songs': [
        '3hgCZ3ZqhgQ',
        'dHdH-JmiC0Q',
        'k1zN3VCaqDI',
    ],
    'gender': 'm',
    'has_plus': False,
    'is_connected': True,
    'lang': 'pt',
    'last_seen': 1427987654.875,
    'name': 'Jo\u00e3o Silva',
    'online_friends': [],
    'photo_url': 'https://example.org/p/2.jpg',
    'rating': 4.25,
    'scores': (9, 12, 40000, -3, 2 ** 40),
    'tags': frozenset({3, 1, 2}),
    'flags': {40, 7, 1000},
    'raw': b'\x00\x01binary\xff',
    'user_id': 3,
}

TUPLE = (
    [265867233, 265868503, 265252341, 265243910, 265879514,
     266219766, 266021701, 265843726, 265592821, 265246784,
     265853180, 45526486, 265463699, 265848143, 265863062,
     265392591, 265877490, 265823665, 265828884, 265753032], 60)


def mutate_dict(orig, rng):
    """A copy of orig with every int, float and str value replaced by a random one of its type."""
    new = dict(orig)
    for key, value in new.items():
        r = rng.random() * sys.maxsize
        if isinstance(value, bool):
            new[key] = r > sys.maxsize / 2
        elif isinstance(value, int):
            new[key] = int(r)
        elif isinstance(value, float):
            new[key] = r / 1e9
        elif isinstance(value, str):
            new[key] = str(r)
    return new


def digest(data):
    """A position-weighted checksum of the bytes (Adler-32 style)."""
    a = 1
    b = 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


def test_pickle(objects, proto, loops):
    sizes = []
    last = b''
    for _ in range(loops):
        for obj in objects:
            last = pickle.dumps(obj, proto)
            sizes.append(len(last))
    return sizes, last


def test_unpickle(objects, proto, loops):
    blobs = [pickle.dumps(obj, proto) for obj in objects]
    ok = 0
    for _ in range(loops):
        for blob, obj in zip(blobs, objects):
            if pickle.loads(blob) == obj:
                ok += 1
    return ok


def test_pickle_list(proto, loops):
    lst = [[i, str(i), float(i) / 7] for i in range(300)]
    total = 0
    for _ in range(loops):
        data = pickle.dumps(lst, proto)
        total += len(data)
    back = pickle.loads(data)
    return total, back[123], digest(data)


def test_pickle_dict(proto, loops):
    d = {}
    for i in range(1200):
        d['key%04d' % i] = (i, i * i, -i)
    total = 0
    for _ in range(loops):
        data = pickle.dumps(d, proto)
        total += len(data)
    back = pickle.loads(data)
    return total, back['key0999'], len(back), digest(data)


def shared_and_recursive():
    row = ['shared', 1.5, None]
    table = [row, row, (row, row)]
    node = {'name': 'root', 'children': []}
    child = {'name': 'leaf', 'parent': node, 'children': []}
    node['children'].append(child)
    cycle = [1, 2]
    cycle.append(cycle)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        t2 = pickle.loads(pickle.dumps(table, proto))
        n2 = pickle.loads(pickle.dumps(node, proto))
        c2 = pickle.loads(pickle.dumps(cycle, proto))
        print('proto', proto, 'shared', t2[0] is t2[1], t2[2][0] is t2[0],
              'parent', n2['children'][0]['parent'] is n2, 'cycle', c2[2] is c2,
              len(pickle.dumps(table, proto)), len(pickle.dumps(node, proto)))


def errors():
    for bad in [b'', b'\x80\x04\x95', b'Q', b'\xff', b'(', b'\x80\x02K\x01\x81', b'P', b'\x80\x02]q\x00(K\x01', b'\x80\x09N.']:
        try:
            pickle.loads(bad)
            print('loaded', bad)
        except (pickle.UnpicklingError, EOFError, ValueError) as e:
            print(type(e).__name__, e)
    try:
        pickle.dumps([1], protocol=9)
    except ValueError as e:
        print('ValueError', e)
    print(issubclass(pickle.PicklingError, pickle.PickleError), issubclass(pickle.UnpicklingError, pickle.PickleError))


def files(path):
    with open(path, 'wb') as f:
        pickle.dump(DICT, f)
        pickle.dump(TUPLE, f, 2)
        pickle.dump(list(range(20000)), f, pickle.HIGHEST_PROTOCOL)
    with open(path, 'rb') as f:
        a = pickle.load(f)
        b = pickle.load(f)
        c = pickle.load(f)
        rest = f.read()
    print('files', a == DICT, b == TUPLE, len(c), c[-1], len(rest))
    with open(path, 'rb') as f:
        print('file bytes', digest(f.read()))


def main():
    rng = random.Random(5)
    group = [mutate_dict(DICT, rng) for _ in range(3)]
    objects = [DICT, TUPLE, group]
    print('protocols', pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        sizes, last = test_pickle(objects, proto, 4)
        ok = test_unpickle(objects, proto, 3)
        print('pickle', proto, sizes[:3], sum(sizes), digest(last), 'unpickle ok', ok)
        print('  list', test_pickle_list(proto, 3))
        print('  dict', test_pickle_dict(proto, 2))
    print(pickle.dumps(DICT['scores']))
    print(pickle.dumps(TUPLE, 0)[:60])
    print(pickle.loads(pickle.dumps(group[1]))['name'] == group[1]['name'])
    print(sorted(pickle.loads(pickle.dumps(DICT, 1))['tags']))
    shared_and_recursive()
    errors()
    path = 'bench_pickle_%d.pkl' % os.getpid()
    files(path)
    os.remove(path)


if __name__ == '__main__':
    main()
