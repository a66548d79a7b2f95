"""Compression compatible with gzip: the `zlib` standard module, over the real zlib library.

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it; the work is zlib's own (runtime/src/stdlib/zlibmod.c
links Debian's libz.a), so compressed bytes are CPython's byte for byte.

compress(data, level=-1, wbits=MAX_WBITS), decompress(data, wbits=MAX_WBITS,
bufsize=DEF_BUF_SIZE), crc32(data, value=0), adler32(data, value=1),
compressobj(level, method, wbits, memLevel, strategy) with compress(data),
flush(mode) and copy-free streaming, decompressobj(wbits) with
decompress(data, max_length), flush(), eof, unused_data and unconsumed_tail;
error; the constants. wbits selects zlib (9..15), raw deflate (-9..-15) or
gzip (25..31) framing, as in CPython.

Differences from CPython: no Compress.copy()/Decompress.copy() and no
zdict; a compressobj or decompressobj dropped before its stream ends keeps
zlib's state (a few hundred KiB) until the program exits.
"""

import _aithon_bytes

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = "1.2.13"
ZLIB_RUNTIME_VERSION = "1.2.13"


class error(Exception):
    pass


def _check(result):
    # the runtime's answer: bytes, or the message of a zlib.error
    if isinstance(result, str):
        raise error(result)
    return result


def _started(result):
    # a new stream's handle; options zlib's init refuses are CPython's ValueError, its other failures zlib.error
    if result == "Invalid initialization option":
        raise ValueError(result)
    return _check(result)


def _data(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return data


def compress(data, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    return _check(_aithon_bytes.zlib_compress(_data(data), level, wbits))


def decompress(data, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    return _check(_aithon_bytes.zlib_decompress(_data(data), wbits, bufsize))


def crc32(data, value=0):
    return _aithon_bytes.zlib_crc32(_data(data), value)


def adler32(data, value=1):
    return _aithon_bytes.zlib_adler32(_data(data), value)


class _Compress:
    def __init__(self, handle):
        self._handle = handle
        self._finished = False

    def compress(self, data):
        if self._finished:
            raise error("Error -2 while compressing data: inconsistent stream state")
        return _check(_aithon_bytes.zlib_deflate(self._handle, _data(data), Z_NO_FLUSH))

    def flush(self, mode=Z_FINISH):
        if mode == Z_NO_FLUSH:
            return b""
        if self._finished:
            raise error("Error -2 while flushing: inconsistent stream state")
        out = _check(_aithon_bytes.zlib_deflate(self._handle, b"", mode))
        if mode == Z_FINISH:
            self._finished = True
            _aithon_bytes.zlib_end(self._handle)
        return out


class _Decompress:
    def __init__(self, handle):
        self._handle = handle
        self.eof = False
        self.unused_data = b""
        self.unconsumed_tail = b""
        self._closed = False

    def decompress(self, data, max_length=0):
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        data = _data(data)
        if self.eof:
            self.unused_data += data
            return b""
        out, rest = self._inflate(data, max_length)
        self.unconsumed_tail = b"" if self.eof else rest
        if self.eof:
            self._close()
        return out

    def flush(self, length=DEF_BUF_SIZE):
        if length <= 0:
            raise ValueError("length must be greater than zero")
        if self.eof or self._closed:
            return b""
        out, _ = self._inflate(self.unconsumed_tail, 0)
        self.unconsumed_tail = b""
        self._close()
        return out

    def _inflate(self, data, max_length):
        # the output and the input left over; at the stream's end, what follows it is unused_data
        out = _check(_aithon_bytes.zlib_inflate(self._handle, data, max_length))
        rest = _aithon_bytes.zlib_inflate_rest(self._handle)
        if _aithon_bytes.zlib_inflate_eof(self._handle):
            self.eof = True
            self.unused_data += rest
        return out, rest

    def _close(self):
        if not self._closed:
            self._closed = True
            _aithon_bytes.zlib_end(self._handle)


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY):
    if method != DEFLATED:
        raise ValueError("Invalid initialization option")
    return _Compress(_started(_aithon_bytes.zlib_deflate_new(level, wbits, memLevel, strategy)))


def decompressobj(wbits=MAX_WBITS):
    return _Decompress(_started(_aithon_bytes.zlib_inflate_new(wbits)))
