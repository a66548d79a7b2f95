# json: dumps (spacing, indent, separators, sort_keys, ensure_ascii, escapes,
# floats, non-str keys) and loads (the whole grammar), as CPython prints them.
import json


def samples():
    return [
        None, True, False, 0, -7, 10 ** 30, -(2 ** 64), 1.5, -0.0, 0.1 + 0.2, 1e16, 1e-7, 123456789.0, 5e-324,
        1.7976931348623157e308, float('nan'), float('inf'), -float('inf'),
        '', 'plain', 'quote " backslash \\ slash /', 'tab\tnewline\ncr\rback\bform\f', '\x00\x01\x1f\x7f',
        'caf\u00e9 \u00fc\u00df', '\u20ac \u2028 \u2029 \ufeff', '\U0001f600 \U00010000 \U0010ffff', chr(0xd800) + ' lone',
        [], {}, [1, [2, [3, []]]], (1, 'two', 3.0), {'a': 1, 'b': [True, None]},
        {'nested': {'deeper': {'list': [{}, [], '']}}},
    ]


def main():
    values = samples()
    print('-- dumps')
    for v in values:
        print(json.dumps(v))
    print('-- ensure_ascii=False')
    for v in values:
        if v != chr(0xd800) + ' lone':  # CPython cannot print a lone surrogate
            print(json.dumps(v, ensure_ascii=False))

    doc = {'name': 'Widget', 'tags': ['a', 'b'], 'dims': {'w': 2, 'h': 3.5}, 'empty': [], 'none': {}, 'ok': True,
           'id': None}
    print('-- indent')
    for ind in [0, 2, 4, -1]:
        print(json.dumps(doc, indent=ind))
    for ind in ['\t', '--', '']:
        print(json.dumps([doc, [1, [2]]], indent=ind))
    print('-- separators and sort_keys')
    print(json.dumps(doc, separators=(',', ':')))
    print(json.dumps(doc, separators=(';', '=')))
    print(json.dumps(doc, sort_keys=True))
    print(json.dumps(doc, sort_keys=True, indent=2))
    print(json.dumps(doc, indent=1, separators=(', ', ' = ')))

    print('-- non-str keys')
    keyed = {1: 'int', 2.5: 'float', True: 'true', False: 'false', None: 'null', 'str': 's', -3: 'neg', 1e20: 'big'}
    print(json.dumps(keyed))
    print(json.dumps({10: 'a', 9: 'b', 100: 'c', -1: 'd'}, sort_keys=True))
    print(json.dumps({'b': 1, 'a': 2, 'B': 3, '\u00e9': 4, '': 5}, sort_keys=True))
    print(json.dumps({float('nan'): 1, float('inf'): 2}))

    print('-- loads')
    texts = [
        'null', 'true', 'false', '0', '-0', '42', '-17', '123456789012345678901234567890', '1.5', '-0.0', '1e3',
        '1E+3', '2.5e-3', '1e400', '-1e400', '0.1', 'NaN', 'Infinity', '-Infinity', '""', '"abc"',
        '"esc \\" \\\\ \\/ \\b \\f \\n \\r \\t"', '"\\u0041\\u00e9\\u20AC"', '"\\ud83d\\ude00"', '"\\ud800"',
        '"\\udc00\\ud800"', '"\\ud800\\u0041"', '"caf\u00e9 \U0001f600"', '[]', '{}', ' [ 1 , 2 ] ',
        '\n\t{ "a" : [ true , false , null ] ,\r\n "b" : { } }\n', '[[[[]]]]', '{"a": {"b": {"c": [1, {"d": "e"}]}}}',
        '{"dup": 1, "dup": 2}', '[1.0, 1, 1.50, 0e0, -0e-0]', '"\x7f"',
    ]
    for t in texts:
        v = json.loads(t)
        print(repr(t), '->', json.dumps(v), repr(v) if isinstance(v, (int, bool)) else '')

    print('-- round trips')
    for v in values:
        text = json.dumps(v)
        back = json.loads(text)
        print(json.dumps(back) == text, text if len(text) < 30 else text[:30])
    print(json.loads(json.dumps(doc, indent=3, sort_keys=True)) == doc)


if __name__ == "__main__":
    main()
