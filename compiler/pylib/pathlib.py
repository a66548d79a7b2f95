"""Object-oriented filesystem paths: pathlib.Path (CPython 3.11's), POSIX, str-based.

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it; the system calls are the runtime's (the native
module _aithon_os).

Differences from CPython: one class, Path (its repr is CPython's
PosixPath('...'), but type(p).__name__ is 'Path'); no PurePath/PurePosixPath/
WindowsPath classes, stat(), resolve(), home(), owner/permissions;
`parents` is a list; glob()/rglob() return lists and
understand `*`, `?`, `[...]` and `**`; the encoding is always UTF-8.
"""

import _aithon_os
import os as _os

__all__ = ['Path']


def _normalise(path):
    """CPython's parsing: duplicate slashes and '.' components dropped, '..' kept."""
    if path == '':
        return '.'
    root = ''
    if path.startswith('/'):
        root = '//' if path.startswith('//') and not path.startswith('///') else '/'
    parts = [p for p in path.split('/') if p and p != '.']
    body = '/'.join(parts)
    if root:
        return root + body
    return body or '.'


def _fnmatch(name, pattern):
    """Shell-style matching of one name: *, ?, [seq], [!seq] (case-sensitive, as on POSIX)."""
    n = len(name)
    m = len(pattern)
    # Backtracking over the last '*' seen.
    i = 0
    j = 0
    star_j = -1
    star_i = 0
    while i < n:
        if j < m and pattern[j] == '*':
            star_j = j
            star_i = i
            j += 1
            continue
        if j < m and pattern[j] == '[':
            end = pattern.find(']', j + 2 if j + 1 < m and pattern[j + 1] == '!' else j + 1)
            if end > 0:
                negate = pattern[j + 1] == '!'
                items = pattern[j + 2 if negate else j + 1:end]
                found = False
                k = 0
                while k < len(items):
                    if k + 2 < len(items) and items[k + 1] == '-':
                        if items[k] <= name[i] <= items[k + 2]:
                            found = True
                        k += 3
                    else:
                        if items[k] == name[i]:
                            found = True
                        k += 1
                if found != negate:
                    i += 1
                    j = end + 1
                    continue
            elif name[i] == '[':
                i += 1
                j += 1
                continue
        elif j < m and (pattern[j] == '?' or pattern[j] == name[i]):
            i += 1
            j += 1
            continue
        if star_j < 0:
            return False
        star_i += 1
        i = star_i
        j = star_j + 1
    while j < m and pattern[j] == '*':
        j += 1
    return j == m


class Path:
    """A filesystem path (POSIX)."""

    def __init__(self, *segments):
        path = ''
        for seg in segments:
            s = seg if isinstance(seg, str) else str(seg)
            if s.startswith('/') or not path:
                path = s
            elif s:
                path = path + '/' + s
        self._path = _normalise(path)

    @classmethod
    def cwd(cls):
        return Path(_aithon_os.getcwd())

    def __str__(self):
        return self._path

    def __repr__(self):
        return 'PosixPath(%r)' % self._path

    def __fspath__(self):
        return self._path

    def as_posix(self):
        return self._path

    def __truediv__(self, other):
        return Path(self._path, other)

    def __rtruediv__(self, other):
        return Path(other, self._path)

    def joinpath(self, *others):
        p = Path(self._path)
        for o in others:
            p = Path(p._path, o)
        return p

    def __eq__(self, other):
        if not isinstance(other, Path):
            return False
        return self._path == other._path

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self.parts < other.parts

    def __le__(self, other):
        return self.parts <= other.parts

    def __gt__(self, other):
        return self.parts > other.parts

    def __ge__(self, other):
        return self.parts >= other.parts

    def __hash__(self):
        return hash(self._path)

    @property
    def parts(self):
        if self._path == '.':
            return ()
        root = ''
        if self._path.startswith('//') and not self._path.startswith('///'):
            root = '//'
        elif self._path.startswith('/'):
            root = '/'
        rest = [p for p in self._path[len(root):].split('/') if p]
        if root:
            return tuple([root] + rest)
        return tuple(rest)

    @property
    def anchor(self):
        if self._path.startswith('//') and not self._path.startswith('///'):
            return '//'
        return '/' if self._path.startswith('/') else ''

    @property
    def root(self):
        return self.anchor

    @property
    def drive(self):
        return ''

    @property
    def name(self):
        if self._path == '.' or self._path == self.anchor:
            return ''
        return self._path[self._path.rfind('/') + 1:]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if self._path == '.' or self._path == self.anchor:
            return Path(self._path)
        i = self._path.rfind('/')
        if i < 0:
            return Path('.')
        head = self._path[:i]
        if not head or head == '/' * len(head):
            return Path(self.anchor)
        return Path(head)

    @property
    def parents(self):
        out = []
        p = self
        while True:
            q = p.parent
            if q == p:
                break
            out.append(q)
            p = q
        return out

    def is_absolute(self):
        return self._path.startswith('/')

    def is_relative_to(self, other):
        try:
            self.relative_to(other)
            return True
        except ValueError:
            return False

    def relative_to(self, other):
        o = other if isinstance(other, Path) else Path(other)
        mine = self.parts
        theirs = o.parts
        if len(mine) < len(theirs) or mine[:len(theirs)] != theirs or (not theirs and self.anchor):
            raise ValueError('%r is not in the subpath of %r OR one path is relative and the other is absolute.'
                             % (self._path, o._path))
        rest = mine[len(theirs):]
        return Path('/'.join(rest)) if rest else Path('.')

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % self)
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % name)
        return self.parent / name

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or (suffix and (not suffix.startswith('.') or suffix == '.')):
            raise ValueError('Invalid suffix %r' % suffix)
        name = self.name
        if not name:
            raise ValueError('%r has an empty name' % self)
        old = self.suffix
        base = name[:len(name) - len(old)] if old else name
        return self.parent / (base + suffix)

    def absolute(self):
        if self.is_absolute():
            return Path(self._path)
        return Path(_aithon_os.getcwd(), self._path)

    def match(self, pattern):
        pat = [p for p in pattern.split('/') if p]
        mine = self.parts
        if pattern.startswith('/'):
            if len(mine) != len(pat) + 1 or not self.is_absolute():
                return False
            mine = mine[1:]
        if len(pat) > len(mine):
            return False
        tail = mine[len(mine) - len(pat):]
        for k in range(len(pat)):
            if not _fnmatch(tail[k], pat[k]):
                return False
        return True

    # Filesystem operations

    def exists(self):
        return _aithon_os.path_kind(self._path) >= 0

    def is_file(self):
        return _aithon_os.path_kind(self._path) == 0

    def is_dir(self):
        return _aithon_os.path_kind(self._path) == 1

    def stat(self, *, follow_symlinks=True):
        return _os.stat(self._path, follow_symlinks=follow_symlinks)

    def lstat(self):
        return _os.lstat(self._path)

    def is_symlink(self):
        return _aithon_os.path_islink(self._path) == 1

    def read_text(self, encoding='utf-8'):
        return _aithon_os.read_text(self._path)

    def write_text(self, data, encoding='utf-8'):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        return _aithon_os.write_text(self._path, data, False)

    def read_bytes(self):
        with open(self._path, 'rb') as f:
            return f.read()

    def write_bytes(self, data):
        if isinstance(data, str):
            raise TypeError("memoryview: a bytes-like object is required, not 'str'")
        with open(self._path, 'wb') as f:
            return f.write(data)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """The built-in open() of this path."""
        return open(self._path, mode, buffering, encoding, errors, newline)

    def touch(self, exist_ok=True):
        if _aithon_os.path_kind(self._path) >= 0:
            if not exist_ok:
                raise FileExistsError("[Errno 17] File exists: %r" % self._path)
            return
        _aithon_os.write_text(self._path, '', True)

    def iterdir(self):
        for name in _aithon_os.listdir(self._path):
            yield self / name

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        try:
            _aithon_os.mkdir(self._path)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, False, exist_ok)
        except OSError:
            # Cannot rely on checking for EEXIST: the directory may have been created meanwhile.
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        _aithon_os.rmdir(self._path)

    def unlink(self, missing_ok=False):
        try:
            _aithon_os.remove(self._path)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        t = target if isinstance(target, Path) else Path(target)
        _aithon_os.rename(self._path, t._path)
        return t

    def replace(self, target):
        return self.rename(target)

    def _glob_in(self, dirpath, parts, out):
        if not parts:
            out.append(dirpath)
            return
        head = parts[0]
        rest = parts[1:]
        if head == '**':
            # Zero or more directories, then the rest of the pattern.
            self._glob_in(dirpath, rest, out)
            for child in sorted(_aithon_os.listdir(dirpath._path)) if dirpath.is_dir() else []:
                sub = dirpath / child
                if sub.is_dir() and not sub.is_symlink():
                    self._glob_in(sub, parts, out)
            return
        if not dirpath.is_dir():
            return
        for child in _aithon_os.listdir(dirpath._path):
            if child.startswith('.') and not head.startswith('.'):
                continue
            if _fnmatch(child, head):
                sub = dirpath / child
                if rest and not sub.is_dir():
                    continue
                self._glob_in(sub, rest, out)

    def glob(self, pattern):
        """The paths under this directory matching pattern (a list; CPython yields them)."""
        if not pattern:
            raise ValueError("Unacceptable pattern: ''")
        if pattern.startswith('/'):
            raise NotImplementedError('Non-relative patterns are unsupported')
        parts = [p for p in pattern.split('/') if p and p != '.']
        out = []
        self._glob_in(self, parts, out)
        # '**' reaches a path along more than one expansion: each once, first seen first.
        seen = set()
        unique = []
        for p in out:
            if p._path not in seen:
                seen.add(p._path)
                unique.append(p)
        return unique

    def rglob(self, pattern):
        return self.glob('**/' + pattern)
