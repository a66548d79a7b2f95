# json errors: JSONDecodeError's messages and positions (line, column, char),
# and the encoder's TypeError and ValueError, as CPython prints them.
import json

BAD = [
    '', ' ', '\n\n  ', 'nul', 'tru', 'fals', 'nan', 'inf', '-', '-x', '+1', '.5', '01', '1.', '1.e5', '1e', '1e+',
    '--1', '0x10', '[', '[1', '[1,', '[1, ]', '[1 2]', '[1,,2]', '[,]', ']', '{', '{"a"', '{"a":', '{"a": 1',
    '{"a" 1}', '{"a": 1,}', '{"a": 1 "b": 2}', '{1: 2}', "{'a': 1}", '{"a": 1}}', '[1]]', '[1] x', '1 2',
    '"abc', '"abc\\', '"a\\x"', '"a\\u12"', '"a\\u12zz"', '"\\uD800\\u12"', '"\\ud800\\uzzzz"', '"a\nb"',
    '"tab\there"', '"\x00"', '"\x1f"', '[1,\n 2,\n 3,\n x]', '{\n  "k": [\n    1,\n    }\n', '\ufeff[1]',
    '[\u00e9]', '"caf\u00e9" \u00e9', '{"\u00e9": 1, \u00e9}', '[1]\n\n\nextra', 'Infinityx', '-Infinit',
    '"\\', '"\\u', '"\\u00', '"\\u0041', '"\\u0041"x', 'true false', '[true,]', '{"a":1,"b":2,}',
]


def main():
    for text in BAD:
        try:
            json.loads(text)
            print(repr(text), 'parsed?')
        except json.JSONDecodeError as e:
            print(repr(text), '->', e)
    # JSONDecodeError is a ValueError, with CPython's args.
    try:
        json.loads('[1, 2')
    except ValueError as e:
        print('ValueError:', e)
        print(repr(e))
        print(isinstance(e, json.JSONDecodeError), isinstance(e, ValueError))
    try:
        json.loads(12)
    except TypeError as e:
        print('TypeError:', e)

    print('-- encoder errors')
    values = [{1, 2}, [1, {3}], {'k': range(3)}, {(1, 2): 'tuple key'}, {'ok': 1, frozenset_like(): 2}]
    for v in values:
        try:
            print(json.dumps(v))
        except TypeError as e:
            print('TypeError:', e)
    for v in values:
        try:
            print(json.dumps(v, skipkeys=True))
        except TypeError as e:
            print('TypeError:', e)
    for v in [float('nan'), [1.0, float('inf')], {'x': -float('inf')}, {float('nan'): 1}]:
        try:
            print(json.dumps(v, allow_nan=False))
        except ValueError as e:
            print('ValueError:', e)
        try:
            print(json.dumps(v, allow_nan=False, indent=2))
        except ValueError as e:
            print('ValueError:', e)
    try:
        json.dumps({'b': 1, 2: 'a'}, sort_keys=True)
    except TypeError as e:
        print('TypeError:', e)
    loop = [1, 2]
    loop.append(loop)
    box = {'self': None}
    box['self'] = box
    for v in [loop, box]:
        try:
            json.dumps(v)
        except ValueError as e:
            print('ValueError:', e)
        try:
            json.dumps(v, indent=2)
        except ValueError as e:
            print('ValueError:', e)


def frozenset_like():
    return (1, 2)


if __name__ == "__main__":
    main()
