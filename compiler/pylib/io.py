"""Streams: the `io` standard module (CPython 3.11's): open() and the file
classes (from _aithon_io.py, where the built-in open() lives), io.StringIO
and io.BytesIO.

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. print(..., file=buf) writes to these (the compiler
turns such a print into buf.write(...)).

Differences from CPython: StringIO's newline= is not supported (text is kept
as written); see _aithon_io.py for the files'.
"""

from _aithon_io import BufferedRandom, BufferedReader, BufferedWriter, TextIOWrapper, UnsupportedOperation, open

__all__ = ['StringIO', 'BytesIO', 'open', 'TextIOWrapper', 'BufferedReader', 'BufferedWriter', 'BufferedRandom',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class _MemoryStream:
    """What BytesIO and StringIO share: closing, `with`, iteration by lines, writelines."""

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def close(self):
        self.closed = True

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()
        return False


class BytesIO(_MemoryStream):
    """An in-memory binary stream (io.BytesIO): bytes in and out, with a position."""

    def __init__(self, initial_bytes=b''):
        self._data = bytearray(initial_bytes)
        self._pos = 0
        self.closed = False

    def _check_open(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def getvalue(self):
        self._check_open()
        return bytes(self._data)

    def getbuffer(self):
        self._check_open()
        return self._data

    def write(self, b):
        self._check_open()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        n = len(b)
        end = self._pos + n
        if self._pos > len(self._data):
            self._data.extend(bytes(self._pos - len(self._data)))
        self._data[self._pos:end] = b
        self._pos = end
        return n

    def read(self, size=-1):
        self._check_open()
        start = self._pos
        n = len(self._data)
        end = n if size is None or size < 0 else min(n, start + size)
        if start >= end:
            return b''
        self._pos = end
        return bytes(self._data[start:end])

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_open()
        start = self._pos
        n = len(self._data)
        if start >= n:
            return b''
        nl = self._data.find(b'\n', start)
        end = n if nl < 0 else nl + 1
        if size is not None and size >= 0 and start + size < end:
            end = start + size
        self._pos = end
        return bytes(self._data[start:end])

    def readlines(self, hint=-1):
        lines = []
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
        return lines

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._data) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        del self._data[size:]
        return size

    def flush(self):
        self._check_open()


class StringIO(_MemoryStream):
    """A text buffer with a position, read and written like a file."""

    def __init__(self, initial_value=''):
        self._chunks = [initial_value]
        self._size = len(initial_value)
        self._pos = 0
        self.closed = False

    def _check_open(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def _text(self):
        # Appends are kept as chunks and joined when the text is read.
        if len(self._chunks) != 1:
            self._chunks = [''.join(self._chunks)]
        return self._chunks[0]

    def write(self, s):
        """Writes s at the position (overwriting what is there); returns len(s)."""
        self._check_open()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        n = len(s)
        if self._pos == self._size:
            self._chunks.append(s)
        else:
            text = self._text()
            if self._pos > self._size:
                text = text + '\0' * (self._pos - self._size)
            self._chunks = [text[:self._pos] + s + text[self._pos + n:]]
        self._pos += n
        if self._pos > self._size:
            self._size = self._pos
        return n

    def getvalue(self):
        self._check_open()
        return self._text()

    def read(self, size=-1):
        """Up to size characters from the position (all that is left if size < 0)."""
        self._check_open()
        text = self._text()
        start = self._pos
        end = self._size if size < 0 else min(self._size, start + size)
        if start >= end:
            return ''
        self._pos = end
        return text[start:end]

    def readline(self, size=-1):
        """The next line, with its newline ('' at the end)."""
        self._check_open()
        text = self._text()
        start = self._pos
        if start >= self._size:
            return ''
        nl = text.find('\n', start)
        end = self._size if nl < 0 else nl + 1
        if size >= 0 and start + size < end:
            end = start + size
        self._pos = end
        return text[start:end]

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
        return lines

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
            return self._pos
        if whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = self._size
            return self._pos
        if whence != 0:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        if pos < 0:
            raise ValueError('Negative seek position %d' % pos)
        self._pos = pos
        return pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=-1):
        """Cuts the text at size (default: the position); the position does not move."""
        self._check_open()
        if size < 0:
            size = self._pos
        if size < self._size:
            self._chunks = [self._text()[:size]]
            self._size = size
        return size

    def flush(self):
        pass
