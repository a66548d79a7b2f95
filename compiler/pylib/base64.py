"""Base16 and Base64 data encodings: the `base64` standard module (CPython 3.11's).

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. The loops of binascii's b2a_base64/a2b_base64 are
the runtime's (runtime/src/stdlib/base64.c): decoding skips characters
outside the alphabet, stops at the padding that completes a group (with
validate=True, binascii's strict mode, those are errors), and raises
binascii's errors with its messages.

b64encode/b64decode (altchars, validate), standard_, urlsafe_ variants,
encodebytes/decodebytes (76-character lines), b16encode/b16decode (casefold).

Differences from CPython: the error class is base64.Error (CPython's is
binascii.Error; both subclass ValueError, so `except ValueError` catches it
either way); inputs are str, bytes or bytearray (no memoryview or array);
no Base32, Base85 or Ascii85.
"""

import _aithon_bytes

__all__ = ['b64encode', 'b64decode', 'standard_b64encode', 'standard_b64decode', 'urlsafe_b64encode',
           'urlsafe_b64decode', 'encodebytes', 'decodebytes', 'b16encode', 'b16decode', 'Error']


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
