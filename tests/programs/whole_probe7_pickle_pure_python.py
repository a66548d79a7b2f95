"""Script for testing the performance of pickling/unpickling (pyperformance's bm_pickle), in its
pure-Python mode: the pickle module's own _Pickler and _Unpickler classes do the work, over
io.BytesIO files, as `--pure-python` runs them.

This will pickle/unpickle several real world-representative objects a few
thousand times. The methodology below was chosen for was chosen to be similar
to real-world scenarios which operate on single objects at a time.
"""

import datetime
import io
import pickle
import random


DICT = {
    'ads_flags': 0,
    'age': 18,
    'bulletin_count': 0,
    'comment_count': 0,
    'country': 'BR',
    'encrypted_id': 'G9urXXAJwjE',
    'favorite_artists': [
        "Geo's Nina",
        'Sanctuary Ang',
        "Lady Dolphins",
    ],
    'friends_count': 0,
    'gender': 'm',
    'gender_for_display': 'Male',
    'id': 302935349,
    'is_custom_profile_icon': 0,
    'last_updated': 1197063043,
    'location': '',
    'name': 'Hugo',
    'nl_flags': 0,
    'photos': [],
    'status': None,
    'zipcode': '',
    'ratio': 0.75,
    'big': 12345678901234567890,
}

TUPLE = (
    [265867233, 265868503, 265252341, 265243910, 265879514,
     266219766, 266021701, 265843726, 265592821, 265246784,
     265853180, 45526486, 265463699, 265848143, 265863062,
     265392591, 265877490, 265823665, 265828884, 265753032],
    60,
    ('abc', b'raw bytes', 3.5, None, True, False),
)


def mutate_dict(orig_dict, random_source):
    new_dict = dict(orig_dict)
    for key, value in new_dict.items():
        rand_val = random_source.random() * 4294967296
        if isinstance(key, (int, bytes, str)):
            new_dict[key] = str(rand_val)
    return new_dict


random_source = random.Random(5)  # Fixed seed.
DICT_GROUP = [mutate_dict(DICT, random_source) for _ in range(3)]


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


def dumps(obj, proto):
    f = io.BytesIO()
    pickle._Pickler(f, proto).dump(obj)
    return f.getvalue()


def loads(data):
    return pickle._Unpickler(io.BytesIO(data)).load()


def test_pickle(loops, protocol):
    total = 0
    for _ in range(loops):
        # 20 dumps
        total += len(dumps(DICT, protocol))
        total += len(dumps(TUPLE, protocol))
        total += len(dumps(DICT_GROUP, protocol))
    return total


def test_unpickle(loops, protocol):
    pickled_dict = dumps(DICT, protocol)
    pickled_tuple = dumps(TUPLE, protocol)
    pickled_dict_group = dumps(DICT_GROUP, protocol)
    ok = 0
    for _ in range(loops):
        if loads(pickled_dict) == DICT:
            ok += 1
        if loads(pickled_tuple) == TUPLE:
            ok += 1
        if loads(pickled_dict_group) == DICT_GROUP:
            ok += 1
    return ok


LIST = [[list(range(10)), list(range(10))] for _ in range(10)]


def test_pickle_list(loops, protocol):
    total = 0
    for _ in range(loops):
        total += len(dumps(LIST, protocol))
    return total


def test_unpickle_list(loops, protocol):
    pickled_list = dumps(LIST, protocol)
    ok = 0
    for _ in range(loops):
        if loads(pickled_list) == LIST:
            ok += 1
    return ok


MICRO_DICT = dict((key, dict.fromkeys(range(10))) for key in range(100))


def test_pickle_dict(loops, protocol):
    total = 0
    for _ in range(loops):
        total += len(dumps(MICRO_DICT, protocol))
    return total


def test_objects(protocol):
    shared = [1, 2]
    obj = {'points': [Point(1, 2), Point(3.5, -1)], 'shared': (shared, shared),
           'when': datetime.date(2024, 2, 29), 'set': {3, 1, 2}, 'frozen': frozenset('ab')}
    back = loads(dumps(obj, protocol))
    print(back['points'], back['when'], sorted(back['set']), sorted(back['frozen']))
    print(back['shared'][0] is back['shared'][1], back == obj)


def main():
    loops = 40
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        print("protocol", protocol)
        print("pickle", test_pickle(loops, protocol))
        print("unpickle", test_unpickle(loops, protocol))
        print("pickle_list", test_pickle_list(loops, protocol))
        print("unpickle_list", test_unpickle_list(loops, protocol))
        print("pickle_dict", test_pickle_dict(loops // 4, protocol))
        test_objects(protocol)
    data = dumps(TUPLE, 0)
    print(data[:40])
    print(loads(data) == TUPLE)
    # One Pickler, several dumps: its memo lasts, so the second dump of `shared` is a reference.
    f = io.BytesIO()
    shared = ['x', 'y']
    p = pickle._Pickler(f, 2)
    p.dump(shared)
    first = f.tell()
    p.dump([shared, 1])
    p.clear_memo()
    p.dump(shared)
    print(first, f.tell(), f.getvalue()[first:])
    f.seek(0)
    u = pickle._Unpickler(f)
    a = u.load()
    b = u.load()
    c = u.load()
    print(a, b, c, b[0] is a, c is a)


if __name__ == "__main__":
    main()
