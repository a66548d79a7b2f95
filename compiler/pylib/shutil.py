"""High-level file operations: part of the `shutil` standard module (CPython 3.11's).

Written in the subset of Python that AIthon compiles, over the bundled os
(compiled with the program that imports it).

rmtree, copyfile, copy, copytree and move. Differences from
CPython: copy() and copytree() copy contents, not permission bits (the
bundled os has no chmod); rmtree's onerror is not supported (ignore_errors
is); no symbolic-link options, archives, disk_usage or which.
"""

import os as _os

__all__ = ['Error', 'SameFileError', 'copy', 'copyfile', 'copytree', 'move', 'rmtree']


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def rmtree(path, ignore_errors=False, onerror=None):
    """Removes a directory and everything under it (symbolic links to directories are removed, not followed)."""
    if onerror is not None:
        raise TypeError('unsupported: rmtree(onerror=...)')
    try:
        if _os.path.islink(path):
            raise OSError('Cannot call rmtree on a symbolic link')
        names = _os.listdir(path)
    except OSError:
        if ignore_errors:
            return
        raise
    for name in names:
        full = _os.path.join(path, name)
        if _os.path.isdir(full) and not _os.path.islink(full):
            rmtree(full, ignore_errors)
        else:
            try:
                _os.remove(full)
            except OSError:
                if not ignore_errors:
                    raise
    try:
        _os.rmdir(path)
    except OSError:
        if not ignore_errors:
            raise


def copyfile(src, dst):
    """Copies the contents of src to dst (made or truncated); returns dst."""
    if _os.path.abspath(src) == _os.path.abspath(dst):
        raise SameFileError('%r and %r are the same file' % (src, dst))
    with open(src, 'rb') as fsrc:
        data = fsrc.read()
    with open(dst, 'wb') as fdst:
        fdst.write(data)
    return dst


def copy(src, dst):
    """Copies the file src to dst, or into dst when it is a directory; returns the path written."""
    if _os.path.isdir(dst):
        dst = _os.path.join(dst, _os.path.basename(src))
    copyfile(src, dst)
    return dst


def copytree(src, dst, dirs_exist_ok=False):
    """Copies the directory src and what it holds to dst; returns dst."""
    names = _os.listdir(src)
    _os.makedirs(dst, exist_ok=dirs_exist_ok)
    for name in names:
        s = _os.path.join(src, name)
        d = _os.path.join(dst, name)
        if _os.path.isdir(s):
            copytree(s, d, dirs_exist_ok)
        else:
            copyfile(s, d)
    return dst


def move(src, dst):
    """Moves src to dst (into dst when it is a directory) by renaming; returns the destination."""
    if _os.path.isdir(dst):
        real_dst = _os.path.join(dst, _os.path.basename(src.rstrip('/')))
        if _os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    else:
        real_dst = dst
    _os.rename(src, real_dst)
    return real_dst
