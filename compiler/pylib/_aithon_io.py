"""Files: the built-in open() and its file objects (CPython 3.11's io.open,
TextIOWrapper, BufferedReader, BufferedWriter, BufferedRandom), and the
lines of sys.stdin.

Written in the subset of Python that AIthon compiles, and compiled with the
program that uses it: the parser links open() from here where a module
calls the built-in open() (open_text or open_binary where the mode is written
out), and io.py re-exports it. A module of its own, so that a project's own
io.py does not hide the built-in open(). print(..., file=f) writes to these
(the compiler turns such a print into f.write(...)). The system calls are the
runtime's (_aithon_os.fd_*, runtime/src/stdlib/os.c).

Writes are buffered (8 KiB per file, in the runtime) and reach the file at
close(), flush(), seek() and at exit, and whenever a file is opened or a path
read: a file object CPython would have dropped and so closed
(`open(p, 'w').write(s)`) has its data there when the program looks again.
A text file being read decodes what is left of the file at the first read.
Text files are UTF-8 (CPython's UTF-8 mode: f.encoding is 'utf-8') unless
encoding= says otherwise (utf-8, ascii, latin-1, utf-16, utf-32...), with universal newlines as
CPython's (newline=None, '', '\n', '\r', '\r\n').

Differences from CPython: BufferedWriter and BufferedRandom derive from
BufferedReader here (CPython's are siblings); UnsupportedOperation is an
OSError only; no buffer/raw attributes, readinto, opener=, buffering=;
tell() of a text file being read is a byte offset computed from the text
read so far (the \r of a translated \r\n is not counted).
"""

import _aithon_os
import sys

# open(2) flags (Linux)
_O_RDONLY = 0
_O_WRONLY = 1
_O_RDWR = 2
_O_CREAT = 64
_O_EXCL = 128
_O_TRUNC = 512
_O_APPEND = 1024


class UnsupportedOperation(OSError):
    """Reading a file opened for writing, and the like (CPython's is also a ValueError)."""
    pass


def _parse_mode(mode):
    """(flags, readable, writable, binary, append) of an open() mode, with CPython's ValueErrors."""
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not " + type(mode).__name__)
    seen = ''
    for c in mode:
        if c not in 'rwxabt+' or c in seen:
            raise ValueError('invalid mode: %r' % mode)
        seen += c
    creating = 'x' in mode
    reading = 'r' in mode
    writing = 'w' in mode
    appending = 'a' in mode
    updating = '+' in mode
    if 'b' in mode and 't' in mode:
        raise ValueError("can't have text and binary mode at once")
    if int(creating) + int(reading) + int(writing) + int(appending) > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not (creating or reading or writing or appending):
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    if updating:
        flags = _O_RDWR
    elif reading:
        flags = _O_RDONLY
    else:
        flags = _O_WRONLY
    if creating:
        flags |= _O_CREAT | _O_EXCL
    if writing:
        flags |= _O_CREAT | _O_TRUNC
    if appending:
        flags |= _O_CREAT | _O_APPEND
    return flags, reading or updating, not reading or updating, 'b' in mode, appending


def _file_mode(mode):
    """The mode a binary file reports: FileIO's normalised one ('wb+' is 'rb+')."""
    plus = '+' in mode
    if 'x' in mode:
        return 'xb+' if plus else 'xb'
    if 'a' in mode:
        return 'ab+' if plus else 'ab'
    if 'r' in mode or plus:
        return 'rb+' if plus else 'rb'
    return 'wb'


class _IOBase:
    """What text and binary files share: the descriptor, closing, `with`, iteration."""

    def __init__(self, fd, name, mode, readable, writable, closefd):
        self._fd = fd
        self.name = name
        self.mode = mode
        self._readable = readable
        self._writable = writable
        self._closefd = closefd
        self.closed = False

    def _check_open(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def _check_readable(self):
        self._check_open()
        if not self._readable:
            raise UnsupportedOperation('not readable')

    def _check_writable(self):
        self._check_open()
        if not self._writable:
            raise UnsupportedOperation('not writable')

    def close(self):
        if not self.closed:
            self.closed = True
            if self._closefd:
                _aithon_os.fd_close(self._fd)

    def flush(self):
        self._check_open()
        _aithon_os.fd_flush(self._fd)

    def _check_open_np(self):
        # fileno(), readable(), writable(), a binary file's tell(): CPython's message has no period there
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def fileno(self):
        self._check_open_np()
        return self._fd

    def isatty(self):
        self._check_open()
        return _aithon_os.fd_isatty(self._fd)

    def readable(self):
        self._check_open_np()
        return self._readable

    def writable(self):
        self._check_open_np()
        return self._writable

    def seekable(self):
        self._check_open()
        return True

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()
        return False

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        self._check_open()
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class TextIOWrapper(_IOBase):
    """A file opened in text mode: str in and out, encoded on the way."""

    def __init__(self, fd, name, mode, readable, writable, closefd, encoding, errors, newline):
        _IOBase.__init__(self, fd, name, mode, readable, writable, closefd)
        self.encoding = encoding
        self.errors = errors
        self._newline = newline
        # What was decoded and not yet returned: _text[_pos:]; _start is the byte offset _text began at.
        self._text = ''
        self._pos = 0
        self._start = 0
        self._loaded = False
        self._translated = False
        self._bom_done = False
        # tell(): _told_bytes bytes make up _text[:_told_pos]
        self._told_pos = 0
        self._told_bytes = 0

    def __repr__(self):
        return '<_io.TextIOWrapper name=%r mode=%r encoding=%r>' % (self.name, self.mode, self.encoding)

    def _load(self):
        """Decodes the rest of the file (once, at the first read)."""
        if self._loaded:
            return
        self._start = _aithon_os.fd_seek(self._fd, 0, 1) if not _aithon_os.fd_isatty(self._fd) else 0
        text = _aithon_os.decode(_aithon_os.fd_read(self._fd, -1), self.encoding, self.errors)
        if self._newline is None and '\r' in text:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._translated = True
        self._text = text
        self._pos = 0
        self._told_pos = 0
        self._told_bytes = 0
        self._loaded = True

    def _drop_buffer(self):
        self._text = ''
        self._pos = 0
        self._told_pos = 0
        self._told_bytes = 0
        self._loaded = False

    def read(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        self._load()
        start = self._pos
        n = len(self._text)
        end = n if size < 0 else min(n, start + size)
        self._pos = end
        if start == 0 and end == n:
            return self._text
        return self._text[start:end]

    def _line_end(self, start):
        """Where the line starting at start ends (after its newline), by the newline= rule."""
        text = self._text
        nl = self._newline
        if nl is None or nl == '\n':
            i = text.find('\n', start)
            return len(text) if i < 0 else i + 1
        if nl == '':
            # any of \r, \n, \r\n ends a line (kept as written)
            i = start
            n = len(text)
            while i < n:
                c = text[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < n and text[i + 1] == '\n':
                        return i + 2
                    return i + 1
                i += 1
            return n
        i = text.find(nl, start)
        return len(text) if i < 0 else i + len(nl)

    def readline(self, size=-1):
        self._check_readable()
        self._load()
        start = self._pos
        if start >= len(self._text):
            return ''
        end = self._line_end(start)
        if size is not None and size >= 0 and start + size < end:
            end = start + size
        self._pos = end
        return self._text[start:end]

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not ' + type(s).__name__)
        self._check_writable()
        if self._loaded:
            # writing after reading: continue from where the reading got to
            _aithon_os.fd_seek(self._fd, self.tell(), 0)
            self._drop_buffer()
        text = s
        if self._newline is not None and self._newline != '' and self._newline != '\n':
            text = text.replace('\n', self._newline)
        encoding = self.encoding
        if _without_bom(encoding) != encoding:
            # the byte order mark starts the file only
            if self._bom_done or _aithon_os.fd_seek(self._fd, 0, 1) > 0:
                encoding = _without_bom(encoding)
            self._bom_done = True
        _aithon_os.fd_write(self._fd, _aithon_os.encode(text, encoding, self.errors))
        return len(s)

    def tell(self):
        self._check_open()
        if not self._loaded:
            return _aithon_os.fd_seek(self._fd, 0, 1)
        # The bytes of the text returned so far, counted from the last tell() on (after newline
        # translation, the \r of each \r\n read is not counted).
        if self._pos < self._told_pos:
            self._told_pos = 0
            self._told_bytes = 0
        if self._pos > self._told_pos:
            chunk = self._text[self._told_pos:self._pos]
            # (a byte order mark counts once, before the first character)
            encoding = self.encoding if self._told_pos == 0 else _without_bom(self.encoding)
            self._told_bytes += len(_aithon_os.encode(chunk, encoding, self.errors))
            self._told_pos = self._pos
        return self._start + self._told_bytes

    def seek(self, cookie, whence=0):
        self._check_open()
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 0 and cookie < 0:
            raise ValueError('negative seek position %d' % cookie)
        if whence == 1:
            return self.tell()
        self._drop_buffer()
        return _aithon_os.fd_seek(self._fd, cookie, whence)

    def truncate(self, size=None):
        self._check_writable()
        if size is None:
            size = self.tell()
        self._drop_buffer()
        return _aithon_os.fd_truncate(self._fd, size)


class BufferedReader(_IOBase):
    """A file opened in binary mode: bytes in and out (also the writers and random-access files)."""

    def __init__(self, fd, name, mode, readable, writable, closefd):
        _IOBase.__init__(self, fd, name, mode, readable, writable, closefd)
        # Read ahead and not yet returned: _buf[_pos:].
        self._buf = b''
        self._pos = 0

    def __repr__(self):
        return '<_io.%s name=%r>' % (type(self).__name__, self.name)

    def _check_binary(self, op, reading):
        # CPython's BufferedReader/Writer: an unsupported direction first, then "read of closed file"...
        if reading and not self._readable:
            raise UnsupportedOperation('read')
        if not reading and not self._writable:
            raise UnsupportedOperation('write')
        if self.closed:
            raise ValueError(op + ' closed file')

    def flush(self):
        if self.closed:
            raise ValueError('flush of closed file' if self._writable else 'I/O operation on closed file.')
        _aithon_os.fd_flush(self._fd)

    def _read_chunk(self, size):
        """Up to size bytes from the file (size < 0: the rest), b'' at its end."""
        return _aithon_os.fd_read(self._fd, size)

    def _fill(self):
        """Reads the next chunk into the buffer; False at the end of the file."""
        chunk = self._read_chunk(65536)
        if not chunk:
            return False
        if self._pos >= len(self._buf):
            self._buf = chunk
        else:
            self._buf = self._buf[self._pos:] + chunk
        self._pos = 0
        return True

    def read(self, size=-1):
        self._check_binary('read of', True)
        if size is None or size < 0:
            rest = self._buf[self._pos:] + self._read_chunk(-1)
            self._buf = b''
            self._pos = 0
            return rest
        while len(self._buf) - self._pos < size:
            if not self._fill():
                break
        start = self._pos
        end = min(len(self._buf), start + size)
        self._pos = end
        return self._buf[start:end]

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_binary('readline of', True)
        while True:
            i = self._buf.find(b'\n', self._pos)
            if i >= 0:
                end = i + 1
                break
            if not self._fill():
                end = len(self._buf)
                break
        start = self._pos
        if size is not None and size >= 0 and start + size < end:
            end = start + size
        self._pos = end
        return self._buf[start:end]

    def peek(self, size=0):
        self._check_readable()
        if self._pos >= len(self._buf):
            self._fill()
        return self._buf[self._pos:]

    def _unread(self):
        """Moves the descriptor back over what was read ahead (before a write or a seek)."""
        ahead = len(self._buf) - self._pos
        if ahead:
            _aithon_os.fd_seek(self._fd, -ahead, 1)
        self._buf = b''
        self._pos = 0

    def write(self, b):
        if self._writable and isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._check_binary('write to', False)
        self._unread()
        return _aithon_os.fd_write(self._fd, b)

    def tell(self):
        self._check_open_np()
        return _aithon_os.fd_seek(self._fd, 0, 1) - (len(self._buf) - self._pos)

    def seek(self, offset, whence=0):
        if self.closed:
            raise ValueError('seek of closed file')
        if whence not in (0, 1, 2):
            raise ValueError('whence value %d unsupported' % whence)
        if whence == 0 and offset < 0:
            raise ValueError('negative seek value %d' % offset)
        if whence == 1:
            offset -= len(self._buf) - self._pos
        self._buf = b''
        self._pos = 0
        return _aithon_os.fd_seek(self._fd, offset, whence)

    def truncate(self, size=None):
        if self.closed:
            raise ValueError('truncate of closed file')
        self._check_writable()
        if size is None:
            size = self.tell()
        self._unread()
        return _aithon_os.fd_truncate(self._fd, size)


class BufferedWriter(BufferedReader):
    """A binary file opened for writing only."""
    pass


class BufferedRandom(BufferedReader):
    """A binary file opened for reading and writing ('+')."""
    pass


def _fspath(file):
    """The path of a str, fd or os.PathLike (pathlib.Path) argument."""
    if isinstance(file, (str, int)):
        return file
    name = type(file).__name__
    try:
        return file.__fspath__()
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + name)


def _without_bom(encoding):
    """The codec that goes on with a text of this encoding after its start: the same without a byte order mark."""
    name = encoding.lower().replace('_', '-').replace(' ', '-')
    if name in ('utf-8-sig', 'utf8-sig'):
        return 'utf-8'
    if name in ('utf-16', 'utf16', 'u16'):
        return 'utf-16-le'
    if name in ('utf-32', 'utf32', 'u32'):
        return 'utf-32-le'
    return encoding


def _check_args(file, mode, encoding, errors, newline):
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not " + type(encoding).__name__)
    if newline is not None and newline not in ('', '\n', '\r', '\r\n'):
        raise ValueError('illegal newline value: %s' % newline)


class _StdinBuffer(BufferedReader):
    """sys.stdin.buffer: the input's bytes, read through the buffer input() and sys.stdin share, so
    text and binary reads can take turns."""

    def __init__(self):
        BufferedReader.__init__(self, 0, '<stdin>', 'rb', True, False, False)

    def __repr__(self):
        return "<_io.BufferedReader name='<stdin>'>"

    def _read_chunk(self, size):
        return _aithon_os.stdin_read_bytes(size)


class _StdStreamBuffer(BufferedReader):
    """sys.stdout.buffer and sys.stderr.buffer: bytes written into the text stream's own buffer, so
    print() and binary writes come out in the order the program made them."""

    def __init__(self, fd):
        BufferedReader.__init__(self, fd, '<stderr>' if fd == 2 else '<stdout>', 'wb', False, True, False)

    def __repr__(self):
        return '<_io.BufferedWriter name=%r>' % self.name

    def write(self, b):
        if self.closed:
            raise ValueError('write to closed file')
        return _aithon_os.stream_write_bytes(self._fd, b)

    def flush(self):
        sys.stdout.flush()


_std_buffers = {}


def _std_buffer(fd):
    """sys.stdin.buffer (fd 0), sys.stdout.buffer (1) and sys.stderr.buffer (2), as the parser writes
    them: one object each, made when first used (a program without them builds none)."""
    b = _std_buffers.get(fd)
    if b is None:
        b = _StdinBuffer() if fd == 0 else _StdStreamBuffer(fd)
        _std_buffers[fd] = b
    return b


def _stdin_lines():
    """The lines of sys.stdin, read as they are asked for (`for line in sys.stdin`)."""
    while True:
        line = sys.stdin.readline()
        if not line:
            return
        yield line


def open_text(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True):
    """open() with a text mode (the parser calls this where the mode is written out without 'b')."""
    path = _fspath(file)
    _check_args(path, mode, encoding, errors, newline)
    flags, readable, writable, binary, appending = _parse_mode(mode)
    fd = _aithon_os.fd_open(path, flags)
    if appending:
        _aithon_os.fd_seek(fd, 0, 2)
    return TextIOWrapper(fd, path, mode, readable, writable, closefd, 'utf-8' if encoding is None else encoding,
                         'strict' if errors is None else errors, newline)


def open_binary(file, mode='rb', buffering=-1, encoding=None, errors=None, newline=None, closefd=True):
    """open() with a binary mode (the parser calls this where the mode is written out with 'b')."""
    path = _fspath(file)
    _check_args(path, mode, encoding, errors, newline)
    flags, readable, writable, binary, appending = _parse_mode(mode)
    if encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    fd = _aithon_os.fd_open(path, flags)
    if appending:
        _aithon_os.fd_seek(fd, 0, 2)
    if readable and writable:
        return BufferedRandom(fd, path, _file_mode(mode), readable, writable, closefd)
    if writable:
        return BufferedWriter(fd, path, _file_mode(mode), readable, writable, closefd)
    return BufferedReader(fd, path, _file_mode(mode), readable, writable, closefd)


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True):
    """The built-in open(): a TextIOWrapper, or a binary file for a mode with 'b'."""
    if isinstance(mode, str) and 'b' in mode:
        return open_binary(file, mode, buffering, encoding, errors, newline, closefd)
    return open_text(file, mode, buffering, encoding, errors, newline, closefd)
