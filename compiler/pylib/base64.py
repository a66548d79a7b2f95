"""Base16 and Base64 data encodings: the `base64` standard module (CPython 3.11's).

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. The loops of binascii's b2a_base64/a2b_base64 are
the runtime's (runtime/src/stdlib/base64.c): decoding skips characters
outside the alphabet, stops at the padding that completes a group (with
validate=True, binascii's strict mode, those are errors), and raises
binascii's errors with its messages.

b64encode/b64decode (altchars, validate), standard_, urlsafe_ variants,
encodebytes/decodebytes (76-character lines), b16encode/b16decode (casefold),
b32encode/b32decode (casefold, map01) and the b32hex pair, b85encode/b85decode
(pad) and a85encode/a85decode (foldspaces, wrapcol, pad, adobe, ignorechars).

Differences from CPython: the error class is base64.Error (CPython's is
binascii.Error; both subclass ValueError, so `except ValueError` catches it
either way), and so is the error of b32decode; inputs are str, bytes or
bytearray (no memoryview or array).
"""

import _aithon_bytes

__all__ = ['b64encode', 'b64decode', 'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode',
           'urlsafe_b64decode', 'encodebytes', 'decodebytes', 'b16encode', 'b16decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b85encode', 'b85decode', 'a85encode', 'a85decode', 'Error']


class Error(ValueError):
    pass


_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def _bytes_like(s):
    if isinstance(s, bytes):
        return s
    if isinstance(s, bytearray):
        return bytes(s)
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def _ascii_input(s):
    # What the decoders take: ASCII str or bytes-like values.
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, bytes):
        return s
    if isinstance(s, bytearray):
        return bytes(s)
    raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'" % type(s).__name__)


def _altchars(altchars):
    alt = _ascii_input(altchars)
    if len(alt) != 2:
        raise ValueError(repr(alt))
    return alt


# binascii's errors for the codes the runtime's a2b_base64 loop gives (runtime/src/stdlib/base64.c).
_DECODE_ERRORS = {-1: 'Incorrect padding', -2: 'Leading padding not allowed', -3: 'Excess data after padding',
                  -4: 'Only base64 data is allowed', -5: 'Discontinuous padding not allowed'}


def _decode(data, altchars, strict):
    out = _aithon_bytes.b64decode(data, altchars, strict)
    if isinstance(out, int):
        if out < 0:
            raise Error(_DECODE_ERRORS[out])
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4' % out)
    return out


def b64encode(s, altchars=None):
    data = _bytes_like(s)
    alphabet = _ALPHABET
    if altchars is not None:
        alt = _bytes_like(altchars)
        if len(alt) != 2:
            raise AssertionError(repr(alt))
        alphabet = _ALPHABET[:62] + alt
    return _aithon_bytes.b64encode(data, alphabet, False)


def b64decode(s, altchars=None, validate=False):
    # validate=True is binascii's strict mode (3.11): only alphabet characters, padding only at the end.
    data = _ascii_input(s)
    alt = None if altchars is None else _altchars(altchars)
    return _decode(data, alt, bool(validate))


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    return b64decode(s, b'-_')


def encodebytes(s):
    data = _bytes_like(s)
    out = bytearray()
    step = 57  # 76 characters a line
    for i in range(0, len(data), step):
        out += _aithon_bytes.b64encode(data[i:i + step], _ALPHABET, True)
    return bytes(out)


def decodebytes(s):
    return _decode(_bytes_like(s), None, False)


_HEX_UPPER = b'0123456789ABCDEF'


def b16encode(s):
    data = _bytes_like(s)
    out = bytearray()
    for b in data:
        out.append(_HEX_UPPER[b >> 4])
        out.append(_HEX_UPPER[b & 15])
    return bytes(out)


def b16decode(s, casefold=False):
    data = _ascii_input(s)
    if casefold:
        data = data.upper()
    for c in data:
        if _HEX_UPPER.find(bytes([c])) < 0:
            raise Error('Non-base16 digit found')
    if len(data) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    for i in range(0, len(data), 2):
        out.append(_HEX_UPPER.find(bytes([data[i]])) * 16 + _HEX_UPPER.find(bytes([data[i + 1]])))
    return bytes(out)


# ---------------------------------------------------------------- Base32 (RFC 4648)

_B32_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX_ALPHABET = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# '=' padding a last group of 1..4 bytes leaves (the group is 8 characters).
_B32_PADDING = [0, 6, 4, 3, 1]


def _b32encode(alphabet, s):
    data = _bytes_like(s)
    out = bytearray()
    for i in range(0, len(data), 5):
        group = data[i:i + 5]
        # 40 bits: the group, zero-filled on the right.
        acc = int.from_bytes(group + bytes(5 - len(group)), 'big')
        for shift in range(35, -5, -5):
            out.append(alphabet[(acc >> shift) & 31])
        pad = _B32_PADDING[len(group) % 5] if len(group) < 5 else 0
        for k in range(pad):
            out[len(out) - 1 - k] = 61  # '='
    return bytes(out)


def _b32decode(alphabet, s, casefold, map01):
    data = _ascii_input(s)
    if len(data) % 8:
        raise Error('Incorrect padding')
    if map01 is not None:
        one = _ascii_input(map01)
        if len(one) != 1:
            raise AssertionError(repr(one))
        data = data.replace(b'0', b'O').replace(b'1', one)
    if casefold:
        data = data.upper()
    length = len(data)
    data = data.rstrip(b'=')
    padchars = length - len(data)
    out = bytearray()
    acc = 0
    for i in range(0, len(data), 8):
        acc = 0
        for c in data[i:i + 8]:
            v = alphabet.find(bytes([c]))
            if v < 0:
                raise Error('Non-base32 digit found')
            acc = (acc << 5) + v
        out += acc.to_bytes(5, 'big')
    if padchars not in (0, 1, 3, 4, 6):
        raise Error('Incorrect padding')
    if padchars and out:
        # The last group was short: its bits moved up to a whole 40, then cut to the bytes it held.
        last = (acc << (5 * padchars)).to_bytes(5, 'big')
        kept = (43 - 5 * padchars) // 8
        del out[len(out) - 5:]
        out += last[:kept]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX_ALPHABET, s, casefold, None)


# ---------------------------------------------------------------- Base85 and Ascii85

_B85_ALPHABET = b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~'


def _85encode(data, alphabet, pad, zero_z, spaces_y):
    """Each 4 bytes (the last zero-filled) as 5 base-85 digits; unpadded, the last group keeps len+1 digits."""
    padding = (-len(data)) % 4
    if padding:
        data = data + bytes(padding)
    out = bytearray()
    for i in range(0, len(data), 4):
        word = int.from_bytes(data[i:i + 4], 'big')
        if zero_z and word == 0:
            out.append(122)  # 'z'
        elif spaces_y and word == 0x20202020:
            out.append(121)  # 'y'
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                digits[k] = alphabet[word % 85]
                word //= 85
            out += digits
    if padding and not pad:
        if out[len(out) - 1] == 122:
            del out[len(out) - 1:]
            out += alphabet[0:1] * 5
        del out[len(out) - padding:]
    return bytes(out)


def b85encode(b, pad=False):
    return _85encode(_bytes_like(b), _B85_ALPHABET, pad, False, False)


def b85decode(b):
    data = _ascii_input(b)
    padding = (-len(data)) % 5
    data = data + b'~' * padding
    out = bytearray()
    for i in range(0, len(data), 5):
        acc = 0
        for j in range(i, i + 5):
            v = _B85_ALPHABET.find(bytes([data[j]]))
            if v < 0:
                raise ValueError('bad base85 character at position %d' % j)
            acc = acc * 85 + v
        if acc > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += acc.to_bytes(4, 'big')
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


_A85_ALPHABET = bytes(range(33, 118))
_A85_START = b'<~'
_A85_END = b'~>'


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    encoded = _85encode(_bytes_like(b), _A85_ALPHABET, pad, True, foldspaces)
    if adobe:
        encoded = _A85_START + encoded
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [encoded[i:i + width] for i in range(0, len(encoded), width)]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b'')
        encoded = b'\n'.join(lines)
    if adobe:
        encoded += _A85_END
    return encoded


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\x0b'):
    data = _ascii_input(b)
    if adobe:
        if not data.endswith(_A85_END):
            raise ValueError('Ascii85 encoded byte sequences must end with %r' % _A85_END)
        if data.startswith(_A85_START):
            data = data[2:len(data) - 2]
        else:
            data = data[:len(data) - 2]
    ignored = _ascii_input(ignorechars)
    out = bytearray()
    group = bytearray()
    for c in data + b'uuuu':
        if 33 <= c <= 117:
            group.append(c)
            if len(group) == 5:
                acc = 0
                for d in group:
                    acc = acc * 85 + (d - 33)
                if acc > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += acc.to_bytes(4, 'big')
                group = bytearray()
        elif c == 122:  # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += bytes(4)
        elif foldspaces and c == 121:  # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignored:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    # The 'u's appended above completed the last group: drop the bytes they stand for.
    trimmed = 4 - len(group)
    if trimmed:
        del out[len(out) - trimmed:]
    return bytes(out)
