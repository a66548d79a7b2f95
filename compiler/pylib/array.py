"""Typed arrays of numbers: the `array` standard module (CPython 3.11's), basics.

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. An array keeps its items in a list and checks each
stored value as CPython does (int type codes: an int in the C type's range,
with CPython's OverflowError messages; 'f' rounds to single precision).

tobytes/frombytes (and a bytes initializer) store the items little-endian,
as CPython does on the machines the runtime supports.

The 'u' type code holds characters (str of length 1; a str initializer,
tounicode/fromunicode), 4 bytes each as CPython's wchar_t on Linux.

Differences from CPython: no tofile/fromfile, buffer_info,
byteswap; an array is not a
sequence for the runtime (slicing assignment a[i:j] = ..., sorted(a) work
`a == list` is False).
"""

import _aithon_bytes
import math as _math

__all__ = ['array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

_INT_RANGES = {
    'b': (-128, 127, 'signed char is less than minimum', 'signed char is greater than maximum'),
    'B': (0, 255, 'unsigned byte integer is less than minimum', 'unsigned byte integer is greater than maximum'),
    'h': (-32768, 32767, 'signed short integer is less than minimum', 'signed short integer is greater than maximum'),
    'H': (0, 65535, 'unsigned short is less than minimum', 'unsigned short is greater than maximum'),
    'i': (-2147483648, 2147483647, 'signed integer is less than minimum', 'signed integer is greater than maximum'),
    'I': (0, 4294967295, "can't convert negative value to unsigned int", 'unsigned int is greater than maximum'),
    'l': (-9223372036854775808, 9223372036854775807, 'Python int too large to convert to C long', 'Python int too large to convert to C long'),
    'L': (0, 18446744073709551615, "can't convert negative value to unsigned int", 'Python int too large to convert to C unsigned long'),
    'q': (-9223372036854775808, 9223372036854775807, 'int too big to convert', 'int too big to convert'),
    'Q': (0, 18446744073709551615, "can't convert negative int to unsigned", 'int too big to convert'),
}

_ITEMSIZE = {'u': 4, 'b': 1, 'B': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}


def _to_float32(x):
    """x rounded to the nearest single-precision float (half to even), as a C float store does."""
    if x != x or x == 0.0 or x == _math.inf or x == -_math.inf:
        return x
    m, e = _math.frexp(x)
    if e < -125:
        # Subnormal singles: a fixed quantum of 2**-149.
        return _math.ldexp(float(round(_math.ldexp(x, 149))), -149)
    r = _math.ldexp(float(round(m * 16777216.0)), e - 24)
    if abs(r) >= 3.4028235677973366e+38:
        return _math.inf if r > 0 else -_math.inf
    return r


class array:
    """array(typecode[, initializer]): a list of numbers of one C type."""

    def __init__(self, typecode, initializer=()):
        if not isinstance(typecode, str) or len(typecode) != 1 or typecode not in _ITEMSIZE:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self.typecode = typecode
        self.itemsize = _ITEMSIZE[typecode]
        self._items = []
        if isinstance(initializer, str) and typecode != 'u':
            raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            # typecode 'u' (checked above): every item of a str is a character, nothing to check one by one,
            # and the list is made at its size (a board copied to an array('u') per move is all the work there)
            self._items = list(initializer)
        else:
            for v in initializer:
                self._items.append(self._check(v))

    def _check(self, v):
        if self.typecode == 'u':
            if not isinstance(v, str) or len(v) != 1:
                raise TypeError('array item must be unicode character')
            return v
        if self.typecode == 'f' or self.typecode == 'd':
            if isinstance(v, str) or isinstance(v, list) or isinstance(v, tuple) or v is None:
                raise TypeError('must be real number, not %s' % type(v).__name__)
            f = float(v)
            return _to_float32(f) if self.typecode == 'f' else f
        if isinstance(v, bool):
            v = int(v)
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
        lo, hi, low_msg, high_msg = _INT_RANGES[self.typecode]
        if v < lo:
            raise OverflowError(low_msg)
        if v > hi:
            raise OverflowError(high_msg)
        return v

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % self.typecode
        if self.typecode == 'u':
            return 'array(%r, %r)' % (self.typecode, ''.join(self._items))
        return 'array(%r, %r)' % (self.typecode, self._items)

    def __str__(self):
        return self.__repr__()

    def __len__(self):
        return len(self._items)

    def __getitem__(self, i):
        if isinstance(i, int):
            return self._items[i]
        # A slice: an array of the same type code.
        return array(self.typecode, self._items[i])

    def __setitem__(self, i, v):
        self._items[i] = self._check(v)

    def __delitem__(self, i):
        del self._items[i]

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __eq__(self, other):
        if not isinstance(other, array):
            return False
        return self._items == other._items

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._items < other._items

    def __add__(self, other):
        if not isinstance(other, array) or other.typecode != self.typecode:
            raise TypeError('bad argument type for built-in operation')
        return array(self.typecode, self._items + other._items)

    def __mul__(self, n):
        return array(self.typecode, self._items * n)

    def __rmul__(self, n):
        return array(self.typecode, self._items * n)

    def append(self, v):
        self._items.append(self._check(v))

    def extend(self, iterable):
        if isinstance(iterable, array) and iterable.typecode != self.typecode:
            raise TypeError('can only extend with array of same kind')
        for v in iterable:
            self._items.append(self._check(v))

    def fromlist(self, items):
        checked = [self._check(v) for v in items]
        self._items.extend(checked)

    def insert(self, i, v):
        self._items.insert(i, self._check(v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        if i < -len(self._items) or i >= len(self._items):
            raise IndexError('pop index out of range')
        return self._items.pop(i)

    def remove(self, v):
        if v not in self._items:
            raise ValueError('array.remove(x): x not in array')
        self._items.remove(v)

    def index(self, v):
        if v not in self._items:
            raise ValueError('array.index(x): x not in array')
        return self._items.index(v)

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def tounicode(self):
        if self.typecode != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, text):
        if self.typecode != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(text)

    def tobytes(self):
        """The items' machine values, little-endian, item after item."""
        out = bytearray()
        size = self.itemsize
        if self.typecode == 'u':
            for v in self._items:
                out += ord(v).to_bytes(size, 'little')
        elif self.typecode == 'f' or self.typecode == 'd':
            for v in self._items:
                out += _aithon_bytes.pack_float(v, size, True)
        else:
            signed = self.typecode in 'bhilq'
            for v in self._items:
                out += v.to_bytes(size, 'little', signed=signed)
        return bytes(out)

    def frombytes(self, data):
        """Appends the items stored in data (as tobytes gives them)."""
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        size = self.itemsize
        if len(data) % size != 0:
            raise ValueError('bytes length not a multiple of item size')
        if self.typecode == 'u':
            for i in range(0, len(data), size):
                self._items.append(chr(int.from_bytes(data[i:i + size], 'little')))
        elif self.typecode == 'f' or self.typecode == 'd':
            for i in range(0, len(data), size):
                self._items.append(_aithon_bytes.unpack_float(data, i, size, True))
        else:
            signed = self.typecode in 'bhilq'
            for i in range(0, len(data), size):
                self._items.append(int.from_bytes(data[i:i + size], 'little', signed=signed))
