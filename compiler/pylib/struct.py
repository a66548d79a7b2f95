"""Binary records: the `struct` standard module (CPython 3.11's).

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. Integers go through int.to_bytes/int.from_bytes;
the 'e', 'f' and 'd' formats through the runtime's IEEE 754 conversions
(_aithon_bytes.pack_float/unpack_float, runtime/src/stdlib/struct.c).
Formats are parsed once and kept.

Byte orders '@' (native sizes and alignment), '=', '<', '>', '!'; formats
x c b B ? h H i I l L q Q n N P e f d s p with repeat counts; pack, unpack,
calcsize, pack_into, unpack_from, iter_unpack and Struct objects, with
CPython's struct.error messages. The native order is little-endian (the
machines the runtime supports).

Differences from CPython: a Struct's repr is the default object repr
(CPython: <_struct.Struct object at 0x...>, whose address differs anyway);
buffers are bytes or bytearray (no memoryview or array); uncaught, the
error prints as `error` without `struct.`.
"""

import _aithon_bytes

__all__ = ['error', 'pack', 'unpack', 'calcsize', 'pack_into', 'unpack_from', 'iter_unpack', 'Struct']


class error(Exception):
    pass


_NATIVE_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
                 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'P': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_STANDARD_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4, 'L': 4,
                   'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
# Codes that are not aligned in native mode (their alignment is 1).
_UNALIGNED = 'xcbB?sp'
_INT_CODES = 'bBhHiIlLqQnNP'
_SIGNED = 'bhilqn'


class _Format:
    """A parsed format: its items (code, count, item size), total size and number of values."""

    def __init__(self, fmt, little, native, items, size, nvalues):
        self.fmt = fmt
        self.little = little
        self.native = native
        self.items = items
        self.size = size
        self.nvalues = nvalues


_cache = {}


def _parse(fmt):
    if isinstance(fmt, (bytes, bytearray)):
        fmt = fmt.decode('ascii')
    if not isinstance(fmt, str):
        raise TypeError('Struct() argument 1 must be a str or bytes object, not ' + type(fmt).__name__)
    found = _cache.get(fmt)
    if found is not None:
        return found
    i = 0
    order = '@'
    if fmt and fmt[0] in '@=<>!':
        order = fmt[0]
        i = 1
    native = order == '@'
    little = order == '<' or order == '@' or order == '='
    sizes = _NATIVE_SIZES if native else _STANDARD_SIZES
    items = []
    size = 0
    nvalues = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = 1
        if '0' <= c <= '9':
            j = i
            while j < n and '0' <= fmt[j] <= '9':
                j += 1
            count = int(fmt[i:j])
            if j >= n or fmt[j].isspace():
                raise error('repeat count given without format specifier')
            i = j
            c = fmt[i]
        itemsize = sizes.get(c, 0)
        if itemsize == 0:
            raise error('bad char in struct format')
        if native and c not in _UNALIGNED:
            pad = (-size) % itemsize
            if pad:
                items.append(('x', pad, 1))
                size += pad
        if c == 's' or c == 'p':
            items.append((c, count, 1))
            size += count
            nvalues += 1
        elif c == 'x':
            items.append((c, count, 1))
            size += count
        else:
            items.append((c, count, itemsize))
            size += count * itemsize
            nvalues += count
        i += 1
    parsed = _Format(fmt, little, native, items, size, nvalues)
    _cache[fmt] = parsed
    return parsed


def _range_error(code, size, signed, native, value):
    """CPython's message for an int that does not fit (it differs by code and byte order)."""
    if code == 'b':
        return error('byte format requires -128 <= number <= 127')
    if code == 'B':
        return error('ubyte format requires 0 <= number <= 255')
    if code == 'h':
        return error('short format requires -32768 <= number <= 32767')
    if code == 'H' and (native or value >= 0):
        return error('ushort format requires 0 <= number <= 65535')
    if size == 8 or (not signed and value < 0):
        return error('argument out of range')
    if signed:
        return error("'%s' format requires %d <= number <= %d" % (code, -(1 << (size * 8 - 1)), (1 << (size * 8 - 1)) - 1))
    return error("'%s' format requires 0 <= number <= %d" % (code, (1 << (size * 8)) - 1))


def _pack_value(out, code, size, value, st):
    order = 'little' if st.little else 'big'
    if code in _INT_CODES:
        if not isinstance(value, int):
            raise error('required argument is not an integer')
        signed = code in _SIGNED
        if signed:
            fits = -(1 << (size * 8 - 1)) <= value < (1 << (size * 8 - 1))
        else:
            fits = 0 <= value < (1 << (size * 8))
        if not fits:
            raise _range_error(code, size, signed, st.native, value)
        out += value.to_bytes(size, order, signed=signed)
    elif code == 'e' or code == 'f' or code == 'd':
        if not isinstance(value, (int, float)):
            raise error('required argument is not a float')
        out += _aithon_bytes.pack_float(value, size, st.little)
    elif code == '?':
        out.append(1 if value else 0)
    elif code == 'c':
        if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
            raise error('char format requires a bytes object of length 1')
        out += value


def _pack(st, values):
    if len(values) != st.nvalues:
        raise error('pack expected %d items for packing (got %d)' % (st.nvalues, len(values)))
    out = bytearray()
    k = 0
    for code, count, size in st.items:
        if code == 'x':
            out += bytes(count)
        elif code == 's' or code == 'p':
            value = values[k]
            k += 1
            if not isinstance(value, (bytes, bytearray)):
                raise error("argument for '%s' must be a bytes object" % code)
            if code == 's':
                data = value[:count]
                out += data
                out += bytes(count - len(data))
            elif count > 0:
                data = value[:min(count - 1, 255)]
                out.append(len(data))
                out += data
                out += bytes(count - 1 - len(data))
        else:
            for _ in range(count):
                _pack_value(out, code, size, values[k], st)
                k += 1
    return bytes(out)


def _unpack(st, data, offset):
    result = []
    pos = offset
    order = 'little' if st.little else 'big'
    for code, count, size in st.items:
        if code == 'x':
            pos += count
        elif code == 's':
            result.append(bytes(data[pos:pos + count]))
            pos += count
        elif code == 'p':
            n = 0
            if count > 0:
                n = min(data[pos], count - 1)
            result.append(bytes(data[pos + 1:pos + 1 + n]))
            pos += count
        else:
            for _ in range(count):
                if code in _INT_CODES:
                    result.append(int.from_bytes(data[pos:pos + size], order, signed=code in _SIGNED))
                elif code == 'e' or code == 'f' or code == 'd':
                    result.append(_aithon_bytes.unpack_float(data, pos, size, st.little))
                elif code == '?':
                    result.append(data[pos] != 0)
                else:
                    result.append(bytes(data[pos:pos + 1]))
                pos += size
    return tuple(result)


def _check_buffer(buffer):
    if isinstance(buffer, str):
        raise TypeError("a bytes-like object is required, not 'str'")


def _unpack_whole(st, buffer):
    _check_buffer(buffer)
    if len(buffer) != st.size:
        raise error('unpack requires a buffer of %d bytes' % st.size)
    return _unpack(st, buffer, 0)


def _unpack_from(st, buffer, offset):
    _check_buffer(buffer)
    n = len(buffer)
    if offset < 0:
        if offset + n < 0:
            raise error('offset %d out of range for %d-byte buffer' % (offset, n))
        offset += n
    if n - offset < st.size:
        raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d '
                    '(actual buffer size is %d)' % (st.size + offset, st.size, offset, n))
    return _unpack(st, buffer, offset)


def _pack_into(st, buffer, offset, values):
    data = _pack(st, values)
    n = len(buffer)
    if offset < 0:
        if offset + n < 0:
            raise error('offset %d out of range for %d-byte buffer' % (offset, n))
        offset += n
    if n - offset < len(data):
        raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d '
                    '(actual buffer size is %d)' % (len(data) + offset, len(data), offset, n))
    buffer[offset:offset + len(data)] = data


def _iter_items(st, buffer):
    pos = 0
    while pos < len(buffer):
        yield _unpack(st, buffer, pos)
        pos += st.size


def _iter_unpack(st, buffer):
    _check_buffer(buffer)
    if st.size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    if len(buffer) % st.size != 0:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % st.size)
    return _iter_items(st, buffer)


def calcsize(fmt):
    return _parse(fmt).size


def pack(fmt, *values):
    return _pack(_parse(fmt), values)


def pack_into(fmt, buffer, offset, *values):
    _pack_into(_parse(fmt), buffer, offset, values)


def _pack_values(fmt, values):
    # struct.pack(fmt, *values) where values is a list (the parser writes it so)
    return _pack(_parse(fmt), values)


def _pack_into_values(fmt, buffer, offset, values):
    _pack_into(_parse(fmt), buffer, offset, values)


def unpack(fmt, buffer):
    return _unpack_whole(_parse(fmt), buffer)


def unpack_from(fmt, buffer, offset=0):
    return _unpack_from(_parse(fmt), buffer, offset)


def iter_unpack(fmt, buffer):
    return _iter_unpack(_parse(fmt), buffer)


class Struct:
    """A compiled format: struct.Struct('<IH').pack(1, 2)."""

    def __init__(self, format):
        self._st = _parse(format)
        self.format = self._st.fmt
        self.size = self._st.size

    def pack(self, *values):
        return _pack(self._st, values)

    def pack_into(self, buffer, offset, *values):
        _pack_into(self._st, buffer, offset, values)

    def unpack(self, buffer):
        return _unpack_whole(self._st, buffer)

    def unpack_from(self, buffer, offset=0):
        return _unpack_from(self._st, buffer, offset)

    def iter_unpack(self, buffer):
        return _iter_unpack(self._st, buffer)
