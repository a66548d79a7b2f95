"""Codec registry and base classes: the `codecs` standard module (CPython 3.11's), its common functions.

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. open() is the built-in open() of the same file
(compiler/pylib/_aithon_io.py): with an encoding, a text file that leaves
line endings as they are, as CPython's StreamReaderWriter over a binary file
does; encode() and decode() are str.encode and bytes.decode.

Differences from CPython: open() gives the built-in file object (CPython: a
codecs.StreamReaderWriter); only the encodings str.encode knows (utf-8,
utf-8-sig, ascii, latin-1, utf-16, utf-32 and their -le/-be); no lookup, register, getreader/getwriter,
incremental codecs.
"""

import _aithon_io

__all__ = ['open', 'encode', 'decode', 'BOM_UTF8', 'BOM_UTF16_LE', 'BOM_UTF16_BE', 'BOM_UTF32_LE', 'BOM_UTF32_BE']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = b'\xff\xfe'
BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    if encoding is None:
        return _aithon_io.open(filename, mode, buffering)
    # CPython opens the file in binary mode under the codec: no newline translation either way.
    return _aithon_io.open(filename, mode.replace('b', ''), buffering, encoding, errors, '')


def encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    return obj.decode(encoding, errors)
