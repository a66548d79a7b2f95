"""Conversions between binary data and ASCII: the `binascii` standard module's hex and CRC-32 parts.

Written in the subset of Python that AIthon compiles, and compiled with the program that imports it.
hexlify/b2a_hex (sep, bytes_per_sep), unhexlify/a2b_hex (bytes or ASCII str, CPython's errors),
crc32 (zlib's polynomial, with a running value) and the Error/Incomplete classes.

Differences from CPython: no base64, uu, quoted-printable or crc_hqx functions (their names fail
to build); inputs are str, bytes or bytearray (no memoryview or array).
"""

__all__ = ['Error', 'Incomplete', 'hexlify', 'unhexlify', 'b2a_hex', 'a2b_hex', 'crc32']


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _bytes_like(data):
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def hexlify(data, sep=None, bytes_per_sep=1):
    data = _bytes_like(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


def b2a_hex(data, sep=None, bytes_per_sep=1):
    return hexlify(data, sep, bytes_per_sep)


_HEX_VALUES = {}
for _i, _c in enumerate(b'0123456789abcdef'):
    _HEX_VALUES[_c] = _i
for _i, _c in enumerate(b'ABCDEF'):
    _HEX_VALUES[_c] = _i + 10


def unhexlify(hexstr):
    if isinstance(hexstr, str):
        try:
            data = hexstr.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    elif isinstance(hexstr, (bytes, bytearray)):
        data = bytes(hexstr)
    else:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'" % type(hexstr).__name__)
    if len(data) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    for i in range(0, len(data), 2):
        hi = _HEX_VALUES.get(data[i], -1)
        lo = _HEX_VALUES.get(data[i + 1], -1)
        if hi < 0 or lo < 0:
            raise Error('Non-hexadecimal digit found')
        out.append(hi * 16 + lo)
    return bytes(out)


def a2b_hex(hexstr):
    return unhexlify(hexstr)


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _crc_table()


def crc32(data, value=0):
    data = _bytes_like(data)
    crc = (value & 0xFFFFFFFF) ^ 0xFFFFFFFF
    table = _CRC_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF
