# JSON serialisation of nested data (after pyperformance's bm_json_dumps), hand-written encoder.
EMPTY = ({}, 2000)
SIMPLE_DATA = {'key1': 0, 'key2': True, 'key3': 'value', 'key4': 'foo', 'key5': 'string'}
NESTED_DATA = {'key1': 0, 'key2': SIMPLE_DATA, 'key3': 'value', 'key4': [1, 2.5, None, 'x'],
               'key5': 'string'}


def encode_str(s):
    out = ['"']
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ord(ch) < 0x20:
            out.append('\\u%04x' % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def encode(obj):
    if obj is None:
        return 'null'
    if obj is True:
        return 'true'
    if obj is False:
        return 'false'
    if isinstance(obj, int):
        return str(obj)
    if isinstance(obj, float):
        return repr(obj)
    if isinstance(obj, str):
        return encode_str(obj)
    if isinstance(obj, (list, tuple)):
        return '[' + ', '.join(encode(x) for x in obj) + ']'
    if isinstance(obj, dict):
        return '{' + ', '.join(encode_str(k) + ': ' + encode(v) for k, v in obj.items()) + '}'
    raise TypeError('not serializable')


def main():
    for data in (SIMPLE_DATA, NESTED_DATA, [SIMPLE_DATA] * 3, "a\"b\\c\nd\x01"):
        print(encode(data))
    total = 0
    for _ in range(200):
        total += len(encode(NESTED_DATA))
    print(total)


if __name__ == "__main__":
    main()
