"""Secure hashes and message digests: the `hashlib` standard module (CPython 3.11's), MD5, SHA-1, SHA-224, SHA-256.

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. A hash object keeps the bytes fed to it; digest()
hashes them with the runtime's implementation (runtime/src/stdlib/hashlib.c).

md5(), sha1(), sha224(), sha256() and new(name) make hash objects with
update, digest, hexdigest, copy, name, digest_size and block_size.

Differences from CPython: no other algorithms (new() raises ValueError
'unsupported hash type'), no algorithms_available/guaranteed sets, no
pbkdf2_hmac or file_digest; a hash object's repr is the default object repr;
each digest() hashes all the data fed so far again (as fast as one pass).
"""

import _aithon_bytes

__all__ = ['md5', 'sha1', 'sha224', 'sha256', 'new']

_DIGEST_SIZES = {'md5': 16, 'sha1': 20, 'sha224': 28, 'sha256': 32}


class _Hash:
    def __init__(self, name, data):
        self.name = name
        self.digest_size = _DIGEST_SIZES[name]
        self.block_size = 64
        self._data = bytearray()
        self.update(data)

    def update(self, data):
        if isinstance(data, str):
            raise TypeError('Strings must be encoded before hashing')
        if not isinstance(data, bytes) and not isinstance(data, bytearray):
            raise TypeError('object supporting the buffer API required')
        self._data += data

    def digest(self):
        return _aithon_bytes.hash_digest(self.name, self._data)

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        other = _Hash(self.name, b'')
        other._data = bytearray(self._data)
        return other


def md5(string=b'', *, usedforsecurity=True):
    return _Hash('md5', string)


def sha1(string=b'', *, usedforsecurity=True):
    return _Hash('sha1', string)


def sha224(string=b'', *, usedforsecurity=True):
    return _Hash('sha224', string)


def sha256(string=b'', *, usedforsecurity=True):
    return _Hash('sha256', string)


def new(name, data=b'', *, usedforsecurity=True):
    if not isinstance(name, str):
        raise TypeError('new() argument \'name\' must be str, not %s' % type(name).__name__)
    algorithm = name.lower()
    if algorithm not in _DIGEST_SIZES:
        raise ValueError('unsupported hash type ' + name)
    return _Hash(algorithm, data)
