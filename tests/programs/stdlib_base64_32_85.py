"""base64's Base32 (with casefold and map01, and the hex alphabet), Base85
and Ascii85 (foldspaces, wrapcol, pad, adobe, ignorechars): round trips over
every length of a group, the encodings of known inputs, and the errors."""
import base64


def check_roundtrips():
    seed = 7
    bad = 0
    for n in range(0, 23):
        data = bytearray()
        for _ in range(n):
            seed = (seed * 1103515245 + 12345) % 2147483648
            data.append(seed >> 23)
        data = bytes(data)
        pairs = [
            (base64.b32encode(data), lambda e: base64.b32decode(e)),
            (base64.b32hexencode(data), lambda e: base64.b32hexdecode(e)),
            (base64.b85encode(data), lambda e: base64.b85decode(e)),
            (base64.b85encode(data, pad=True), lambda e: base64.b85decode(e)),
            (base64.a85encode(data), lambda e: base64.a85decode(e)),
            (base64.a85encode(data, adobe=True, wrapcol=10), lambda e: base64.a85decode(e, adobe=True)),
        ]
        for encoded, decode in pairs:
            back = decode(encoded)
            if back != data and not (len(back) >= len(data) and back[:len(data)] == data):
                bad += 1
        if n in (0, 1, 4, 5, 9, 22):
            print(n, [e for e, _ in pairs])
    print('round trip failures:', bad)


def show_error(label, thunk):
    try:
        print(label, thunk())
    except ValueError as e:
        print(label, type(e).__name__, e)


def main():
    check_roundtrips()
    print(base64.b32encode(b'hello world'), base64.b32decode(b'NBSWY3DPEB3W64TMMQ======'))
    print(base64.b32decode('nbswy3dp', casefold=True), base64.b32decode(b'OO1IOO1I', map01=b'I'))
    print(base64.b32decode(b'MZXW6YQ=', casefold=False), base64.b32decode(b'M1XW6YQ=', map01=b'L') == base64.b32decode(b'MLXW6YQ='))
    print(base64.b32hexencode(b'abc'), base64.b32hexdecode(b'C5H66==='))
    print(base64.b85encode(b'hello world'), base64.b85encode(b'\\x00\\x00\\x00\\x00'), base64.b85decode(b'Xk~0{Zy<MXa%^M'))
    print(base64.a85encode(b'hello world'), base64.a85encode(bytes(8) + b'    ', foldspaces=True))
    print(base64.a85encode(b'Man is distinguished', adobe=True), base64.a85encode(b'x' * 30, wrapcol=12))
    print(base64.a85decode(b'BOu!rD]j7BEbo80'), base64.a85decode(b'<~9jqo^BlbD-BleB1DJ+*+F(f,q~>', adobe=True))
    print(base64.a85decode(b'z y', foldspaces=True), base64.a85decode(b'BOu!r\\nD]j7 BEbo80'))
    show_error('b32 padding:', lambda: base64.b32decode(b'ABC'))
    show_error('b32 digit:', lambda: base64.b32decode(b'AB1CDEFG'))
    show_error('b32 pad count:', lambda: base64.b32decode(b'AA======'))
    show_error('b85 char:', lambda: base64.b85decode(b'ab"cd'))
    show_error('b85 overflow:', lambda: base64.b85decode(b'~~~~~'))
    show_error('a85 digit:', lambda: base64.a85decode(b'ab{c'))
    show_error('a85 z:', lambda: base64.a85decode(b'abzc'))
    show_error('a85 overflow:', lambda: base64.a85decode(b'uuuuu'))
    show_error('a85 adobe:', lambda: base64.a85decode(b'<~abc', adobe=True))


if __name__ == "__main__":
    main()
