"""Operating-system interfaces: the `os` standard module (CPython 3.11's), POSIX, str paths.

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it; the system calls are the runtime's (the native
module _aithon_os, runtime/src/stdlib/os.c). os.path is compiler/pylib/os/path.py.

Differences from CPython: environ is a plain dict read at start-up (changing
it does not change the process's environment); no file descriptors (stat
results have the ten classic fields, no st_*_ns or st_blocks), scandir, processes or permissions; walk() takes only top and
topdown; the OSError subclasses carry their message but no errno/filename
attributes.
"""

import _aithon_os

__all__ = ['cpu_count', 'curdir', 'environ', 'getcwd', 'getenv', 'getpid', 'linesep', 'listdir', 'lstat', 'makedirs', 'mkdir', 'stat', 'stat_result',
           'name', 'pardir', 'remove', 'removedirs', 'rename', 'rmdir', 'sep', 'unlink', 'walk']

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
devnull = '/dev/null'

environ = _aithon_os.environ()


def getenv(key, default=None):
    """The environment variable key, or default."""
    return environ.get(key, default)


def getcwd():
    """The current working directory."""
    return _aithon_os.getcwd()


def getpid():
    return _aithon_os.getpid()


def cpu_count():
    """The number of processors online."""
    return _aithon_os.cpu_count()


def listdir(path='.'):
    """The names of the entries in the directory, in the order the system gives them."""
    return _aithon_os.listdir(path)


class stat_result:
    """What os.stat() returns: the st_* attributes, and the first ten fields as a sequence (the times as whole seconds)."""

    def __init__(self, fields):
        self.st_mode = fields[0]
        self.st_ino = fields[1]
        self.st_dev = fields[2]
        self.st_nlink = fields[3]
        self.st_uid = fields[4]
        self.st_gid = fields[5]
        self.st_size = fields[6]
        self.st_atime = fields[7]
        self.st_mtime = fields[8]
        self.st_ctime = fields[9]

    def _fields(self):
        return (self.st_mode, self.st_ino, self.st_dev, self.st_nlink, self.st_uid, self.st_gid, self.st_size,
                int(self.st_atime), int(self.st_mtime), int(self.st_ctime))

    def __getitem__(self, index):
        return self._fields()[index]

    def __len__(self):
        return 10

    def __iter__(self):
        return iter(self._fields())

    def __eq__(self, other):
        return isinstance(other, stat_result) and self._fields() == other._fields()

    def __repr__(self):
        f = self._fields()
        return ('os.stat_result(st_mode=%d, st_ino=%d, st_dev=%d, st_nlink=%d, st_uid=%d, st_gid=%d, st_size=%d, '
                'st_atime=%d, st_mtime=%d, st_ctime=%d)' % f)


def stat(path, *, follow_symlinks=True):
    """The status of what path names (following symbolic links unless follow_symlinks is False)."""
    return stat_result(_aithon_os.stat(path, follow_symlinks))


def lstat(path):
    """The status of path itself, a symbolic link not followed."""
    return stat_result(_aithon_os.stat(path, False))


def mkdir(path, mode=0o777):
    """Creates a directory (mode is not applied)."""
    _aithon_os.mkdir(path)


def _join(a, b):
    if b.startswith('/'):
        return b
    if not a or a.endswith('/'):
        return a + b
    return a + '/' + b


def _split(p):
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def makedirs(name, mode=0o777, exist_ok=False):
    """Creates a directory and the missing directories above it."""
    head, tail = _split(name)
    if not tail:
        head, tail = _split(head)
    if head and tail and _aithon_os.path_kind(head) < 0:
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == '.':
            return
    try:
        _aithon_os.mkdir(name)
    except OSError:
        # Cannot rely on checking for EEXIST: the directory may have been created meanwhile.
        if not exist_ok or _aithon_os.path_kind(name) != 1:
            raise


def rmdir(path):
    """Removes an empty directory."""
    _aithon_os.rmdir(path)


def removedirs(name):
    """Removes a directory and then its empty parents."""
    _aithon_os.rmdir(name)
    head, tail = _split(name)
    if not tail:
        head, tail = _split(head)
    while head and tail:
        try:
            _aithon_os.rmdir(head)
        except OSError:
            break
        head, tail = _split(head)


def remove(path):
    """Removes a file."""
    _aithon_os.remove(path)


def unlink(path):
    """Removes a file."""
    _aithon_os.remove(path)


def rename(src, dst):
    """Renames a file or directory."""
    _aithon_os.rename(src, dst)


def replace(src, dst):
    """Renames a file or directory, replacing dst."""
    _aithon_os.rename(src, dst)


def walk(top, topdown=True):
    """(dirpath, dirnames, filenames) for each directory in the tree under top.

    Directories that cannot be listed are skipped, as CPython does without onerror.
    """
    try:
        names = _aithon_os.listdir(top)
    except OSError:
        return
    dirs = []
    nondirs = []
    for entry in names:
        if _aithon_os.path_kind(_join(top, entry)) == 1:
            dirs.append(entry)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new_path = _join(top, d)
            if _aithon_os.path_islink(new_path) != 1:
                yield from walk(new_path, topdown)
    else:
        for d in dirs:
            new_path = _join(top, d)
            if _aithon_os.path_islink(new_path) != 1:
                yield from walk(new_path, topdown)
        yield top, dirs, nondirs
