"""Pathname operations: os.path (CPython 3.11's posixpath), for str paths.

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it; what needs the operating system (exists, isfile,
isdir, getsize, abspath's working directory) calls the runtime through the
native module _aithon_os.

Differences from CPython: str paths only (no bytes, no os.PathLike
objects); no expandvars/realpath/samefile or the access/creation times.
"""

import _aithon_os

__all__ = ['abspath', 'basename', 'commonpath', 'commonprefix', 'dirname', 'exists', 'expanduser', 'getmtime', 'getsize', 'isabs', 'isdir', 'isfile',
           'islink', 'join', 'normpath', 'relpath', 'split', 'splitext', 'sep', 'extsep', 'pardir', 'curdir']

sep = '/'
extsep = '.'
pardir = '..'
curdir = '.'
pathsep = ':'


def isabs(s):
    """Does the path start with a slash?"""
    return s.startswith('/')


def join(a, *p):
    """Joins path components with '/', restarting at an absolute one."""
    path = a
    for b in p:
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    """(head, tail): tail is everything after the last slash, head has trailing slashes removed."""
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    """(root, ext): ext is the last dot and what follows it in the last component ('' if none; leading dots do not count)."""
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ''


def basename(p):
    """The final component of a path."""
    i = p.rfind('/') + 1
    return p[i:]


def dirname(p):
    """The directory component of a path."""
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    """Collapses redundant separators and up-level references (A//B, A/./B and A/foo/../B become A/B)."""
    if path == '':
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    # POSIX allows one or two initial slashes, but treats three or more as a single slash.
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp == '' or comp == '.':
            continue
        if comp != '..' or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == '..'):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    result = '/'.join(new_comps)
    if initial_slashes:
        result = '/' * initial_slashes + result
    return result or '.'


def abspath(path):
    """The absolute, normalised version of path (relative to the working directory)."""
    if not isabs(path):
        path = join(_aithon_os.getcwd(), path)
    return normpath(path)


def relpath(path, start=None):
    """path relative to start (the working directory by default), by their normalised absolute forms."""
    if not path:
        raise ValueError('no path specified')
    if start is None:
        start = curdir
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return curdir
    return join(*rel_list)


def commonprefix(m):
    """The longest leading part common to every item of m (compared item by item, not by path components)."""
    if not m:
        return ''
    s1 = min(m)
    s2 = max(m)
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of paths, by whole components."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    split_paths = [p.split(sep) for p in paths]
    isabs_first = paths[0].startswith(sep)
    for p in paths:
        if p.startswith(sep) != isabs_first:
            raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i in range(len(s1)):
        if s1[i] != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs_first else ''
    return prefix + sep.join(common)


def expanduser(path):
    """path with a leading ~ replaced by the home directory ($HOME); ~user forms are left as they are."""
    if not path.startswith('~'):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    home = _aithon_os.environ().get('HOME')
    if home is None:
        return path
    home = home.rstrip(sep)
    return (home + path[i:]) or sep


def exists(path):
    """Does path name an existing file or directory (following symbolic links)?"""
    return _aithon_os.path_kind(path) >= 0


def isfile(path):
    """Is path an existing regular file (following symbolic links)?"""
    return _aithon_os.path_kind(path) == 0


def isdir(path):
    """Is path an existing directory (following symbolic links)?"""
    return _aithon_os.path_kind(path) == 1


def islink(path):
    """Is path a symbolic link?"""
    return _aithon_os.path_islink(path) == 1


def lexists(path):
    """Does path exist (a broken symbolic link counts)?"""
    return _aithon_os.path_islink(path) >= 0


def getsize(path):
    """The size of the file in bytes."""
    return _aithon_os.getsize(path)


def getmtime(path):
    """The time of the last modification, in seconds since the epoch."""
    return _aithon_os.getmtime(path)
