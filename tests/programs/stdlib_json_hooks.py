# json: default= for values JSON cannot encode, dump() to sys.stdout and to an
# object with write(), load() from an object with read(), and loads' hooks.
import json
import sys


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


def encode_extra(o):
    if isinstance(o, set):
        return sorted(o)
    if isinstance(o, Point):
        return repr(o)
    raise TypeError('cannot encode this')


def main():
    # default= receives what JSON cannot encode; its result is encoded in turn.
    path = [Point(0, 0), Point(3, 4), Point(-1, 2)]
    print(json.dumps(path, default=encode_extra))
    print(json.dumps({'start': Point(1, 1), 'tags': {'b', 'a'}}, default=encode_extra, indent=2))
    print(json.dumps([{3, 1, 2}, [Point(5, 6)]], default=lambda o: str(o)))
    try:
        print(json.dumps({'tags': {'b', 'a'}}))
    except TypeError as e:
        print('TypeError:', e)
    try:
        print(json.dumps([1, Point(1, 2)]))
    except TypeError as e:
        print('TypeError:', e)

    # dump() writes to anything with write(); sys.stdout works too.
    json.dump({'b': [1, 2.5, None], 'a': 'text'}, sys.stdout, indent=2, sort_keys=True)
    print()
    json.dump(['x', {'y': 1}], sys.stdout)
    print()
    sink = Sink()
    json.dump({'k': [True, False]}, sink, separators=(',', ':'))
    print(''.join(sink.parts))
    failing = Sink()
    try:
        json.dump({'ok': [1, 2], 'bad': {3}}, failing)
    except TypeError as e:
        print('TypeError:', e, '| written before the error:', ''.join(failing.parts))

    # load() reads from anything with read().
    config = json.load(Source('{"name": "svc", "ports": [80, 443], "debug": false}'))
    print(config['name'], config['ports'], config['debug'])

    # Hooks: object_hook sees every object, innermost first; parse_* see the literal text.
    seen = []

    def hook(d):
        seen.append(sorted(d))
        return d

    print(json.loads('{"a": {"b": {}}, "c": [{"d": 1}]}', object_hook=hook))
    print(seen)
    print(json.loads('[1, 2.50, -3e2, NaN, Infinity]', parse_float=lambda t: 'float:' + t,
                     parse_int=lambda t: int(t) * 100, parse_constant=lambda t: 'const:' + t))
    pairs = json.loads('{"x": 1, "y": 2}', object_hook=lambda d: sorted(d.items()))
    print(pairs)


if __name__ == "__main__":
    main()
