"""Temporary files and directories: part of the `tempfile` standard module (CPython 3.11's).

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. Names are CPython's: `prefix` + 8 characters drawn
from "abcdefghijklmnopqrstuvwxyz0123456789_" + `suffix`, in `dir` or
gettempdir() (TMPDIR, TEMP or TMP when it names a directory, else /tmp, then
/var/tmp, /usr/tmp, the working directory); a name already taken is drawn
again, up to 10000 times as CPython tries.

mkdtemp, gettempdir, gettempprefix and TemporaryDirectory (name, cleanup(),
`with ... as path`). Differences from CPython: no mkstemp, TemporaryFile,
NamedTemporaryFile or SpooledTemporaryFile (they hand out file descriptors,
which the bundled os has not); the directory is made with the default mode
(CPython: 0o700).
"""

import os as _os
import shutil as _shutil
import time as _time
from random import Random as _Random

__all__ = ['TMP_MAX', 'TemporaryDirectory', 'gettempdir', 'gettempprefix', 'mkdtemp', 'tempdir', 'template']

TMP_MAX = 10000
template = 'tmp'
tempdir = None

_characters = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_rng = []


def _random_name():
    if not _rng:
        _rng.append(_Random(_time.time_ns() ^ (_os.getpid() << 20)))
    rng = _rng[0]
    return ''.join([rng.choice(_characters) for _ in range(8)])


def gettempprefix():
    return template


def _candidate_dirs():
    dirs = []
    for name in ('TMPDIR', 'TEMP', 'TMP'):
        d = _os.getenv(name)
        if d:
            dirs.append(d)
    dirs.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    dirs.append(_os.getcwd())
    return dirs


def gettempdir():
    """The directory temporary names are made in."""
    global tempdir
    if tempdir is None:
        for d in _candidate_dirs():
            if _os.path.isdir(d):
                tempdir = _os.path.abspath(d)
                break
        else:
            raise FileNotFoundError('No usable temporary directory found in %s' % _candidate_dirs())
    return tempdir


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Makes a new directory with a name not taken, and returns its absolute path."""
    if suffix is None:
        suffix = ''
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(file)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError('No usable temporary directory name found')


class TemporaryDirectory:
    """A directory made by mkdtemp(), removed with what it holds by cleanup() or at the end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._removed = False

    def __repr__(self):
        return '<TemporaryDirectory %r>' % self.name

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()
        return False

    def cleanup(self):
        if not self._removed:
            self._removed = True
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
