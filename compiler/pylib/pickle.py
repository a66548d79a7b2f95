"""Object serialisation: the `pickle` standard module (CPython 3.11's).

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. dumps() writes the bytes CPython's C pickler
(_pickle.c) writes for the same values and protocol: the same opcodes, memo
indexes, batches of 1000 items, and frames of protocol 4 and 5 (a frame is
closed at the first opcode boundary past 64 KiB; dump() to a file writes a
payload of 64 KiB or more outside the frames, as CPython streams it).
loads() reads every protocol's opcodes for the values below.

Values: None, bool, int (any size), float, str, bytes, bytearray, tuple,
list, dict, set and frozenset, and instances of the program's classes,
nested and shared: an object met twice is written once and fetched from
the memo after (recursive lists and dicts too), keyed by its identity as
CPython keys it. Instances are reduced as object.__reduce_ex__ reduces them
(their class by name, NEWOBJ, their attributes as state), or by their own
__reduce_ex__/__reduce__/__getstate__; loads() finds the class by
`module.Qualname` and makes the instance without __init__
(_aithon_pickle, runtime/src/stdlib/pickle.c), then sets the state (or
calls __setstate__). The instances given to the _aithon_pickle functions
escape, so their attributes and those methods are known by name.

Differences from CPython, forced by what the compiler supports (see the
pickle row of docs/language.md): functions, classes, enum members and
instances of classes derived from built-in types are not pickled
(PicklingError names their type); __reduce__ may return only a class of
the program as its callable; Pickler (also named _Pickler) and Unpickler
(_Unpickler) have dump()/load() and clear_memo() but no persistent ids,
dispatch_table, buffer_callback or out-of-band buffers; uncaught, the errors
print as `PicklingError` (CPython: `_pickle.PicklingError`).
"""

import _aithon_bytes
import _aithon_dynamic
import _aithon_pickle

__all__ = ['PickleError', 'PicklingError', 'UnpicklingError', 'Pickler', 'Unpickler', 'dump', 'dumps', 'load', 'loads',
           'HIGHEST_PROTOCOL', 'DEFAULT_PROTOCOL']

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


# Opcodes (pickletools documents them), as byte values.
_MARK = 40            # (
_STOP = 46            # .
_POP = 48             # 0
_POP_MARK = 49        # 1
_FLOAT = 70           # F
_INT = 73             # I
_BININT = 74          # J
_BININT1 = 75         # K
_LONG = 76            # L
_BININT2 = 77         # M
_NONE = 78            # N
_REDUCE = 82          # R
_STRING = 83          # S
_BINSTRING = 84       # T
_SHORT_BINSTRING = 85  # U
_UNICODE = 86         # V
_BINUNICODE = 88      # X
_APPEND = 97          # a
_BUILD = 98           # b
_GLOBAL = 99          # c
_DICT = 100           # d
_EMPTY_DICT = 125     # }
_APPENDS = 101        # e
_GET = 103            # g
_BINGET = 104         # h
_LONG_BINGET = 106    # j
_LIST = 108           # l
_EMPTY_LIST = 93      # ]
_PUT = 112            # p
_BINPUT = 113         # q
_LONG_BINPUT = 114    # r
_SETITEM = 115        # s
_TUPLE = 116          # t
_EMPTY_TUPLE = 41     # )
_SETITEMS = 117       # u
_BINFLOAT = 71        # G
_PROTO = 0x80
_NEWOBJ = 0x81
_TUPLE1 = 0x85
_TUPLE2 = 0x86
_TUPLE3 = 0x87
_NEWTRUE = 0x88
_NEWFALSE = 0x89
_LONG1 = 0x8a
_LONG4 = 0x8b
_BINBYTES = 66        # B
_SHORT_BINBYTES = 67  # C
_SHORT_BINUNICODE = 0x8c
_BINUNICODE8 = 0x8d
_BINBYTES8 = 0x8e
_EMPTY_SET = 0x8f
_ADDITEMS = 0x90
_FROZENSET = 0x91
_NEWOBJ_EX = 0x92
_STACK_GLOBAL = 0x93
_MEMOIZE = 0x94
_FRAME = 0x95
_BYTEARRAY8 = 0x96

_BATCHSIZE = 1000
_FRAME_SIZE_TARGET = 64 * 1024
_FRAME_SIZE_MIN = 4
_FRAME_HEADER_SIZE = 9


def _type_name(o):
    """`type(o).__name__`, for error messages."""
    return type(o).__name__


def _u32(n):
    return n.to_bytes(4, 'little')


def _u64(n):
    return n.to_bytes(8, 'little')


def _encode_long(x):
    """x in the fewest bytes of little-endian two's complement (LONG1/LONG4's payload)."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, 'little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def _raw_unicode_escape(s):
    """Protocol 0's text of a str: latin-1 bytes, other characters and the line breakers as \\uXXXX."""
    out = bytearray()
    for c in s:
        o = ord(c)
        if o >= 0x10000:
            out += ('\\U%08x' % o).encode('ascii')
        elif o >= 256 or c == '\\' or o == 0 or c == '\n' or c == '\r' or o == 0x1a:
            out += ('\\u%04x' % o).encode('ascii')
        else:
            out.append(o)
    return bytes(out)


class _Writer:
    """One dump: the output, the memo (identity -> index) and the frame being written."""

    def __init__(self, proto, to_file):
        if proto < 0:
            proto = HIGHEST_PROTOCOL
        elif proto > HIGHEST_PROTOCOL:
            raise ValueError('pickle protocol must be <= ' + str(HIGHEST_PROTOCOL))
        self.proto = proto
        self.bin = proto >= 1
        self.out = bytearray()
        self.memo = {}
        # Globals written (callables of reduces), by qualified name: their memo indexes.
        self.global_memo = {}
        # '' and the latin-1 characters, by value: CPython's are one object each.
        self.char_memo = {}
        # Attribute names of default states and module names of globals: one object per name, as CPython's are.
        self.attr_names = {}
        self.global_strs = {}
        self.memo_count = 0
        # The memo's objects, kept alive so that their identities stay theirs (CPython's memo holds them too).
        self.kept = []
        self.framing = False
        self.frame_start = -1
        self.to_file = to_file

    # -------------------------------------------------------------- output

    def _open_frame(self):
        if self.framing and self.frame_start < 0:
            self.frame_start = len(self.out)
            self.out += b'\x00\x00\x00\x00\x00\x00\x00\x00\x00'

    def write_op(self, op):
        self._open_frame()
        self.out.append(op)

    def write(self, data):
        self._open_frame()
        self.out += data

    def commit_frame(self):
        if not self.framing or self.frame_start < 0:
            return
        start = self.frame_start
        n = len(self.out) - start - _FRAME_HEADER_SIZE
        if n >= _FRAME_SIZE_MIN:
            self.out[start] = _FRAME
            self.out[start + 1:start + 9] = _u64(n)
        else:
            del self.out[start:start + _FRAME_HEADER_SIZE]
        self.frame_start = -1

    def opcode_boundary(self):
        if self.framing and self.frame_start >= 0:
            if len(self.out) - self.frame_start - _FRAME_HEADER_SIZE >= _FRAME_SIZE_TARGET:
                self.commit_frame()

    def write_payload(self, header, payload):
        """An opcode with its length header and a payload (str, bytes, bytearray data)."""
        if self.to_file and len(payload) >= _FRAME_SIZE_TARGET and self.framing:
            # CPython streams a large payload to the file outside any frame.
            self.commit_frame()
            self.out += header
            self.out += payload
            return
        self.write(header)
        self.write(payload)

    # ---------------------------------------------------------------- memo

    def memo_put(self, obj):
        self.memo[id(obj)] = self.memo_count
        self.kept.append(obj)
        self.write_memo_put()

    def write_memo_put(self):
        idx = self.memo_count
        self.memo_count = idx + 1
        if self.proto >= 4:
            self.write_op(_MEMOIZE)
        else:
            self.write_memo_ref(_BINPUT, _LONG_BINPUT, b'p', idx)

    def memo_get(self, idx):
        self.write_memo_ref(_BINGET, _LONG_BINGET, b'g', idx)

    def write_memo_ref(self, short_op, long_op, text_op, idx):
        # PUT and GET name a memo slot alike: one byte below 256, four above, decimal text in
        # protocol 0.
        if self.bin:
            if idx < 256:
                self.write_op(short_op)
                self.write_op(idx)
            else:
                self.write_op(long_op)
                self.write(_u32(idx))
        else:
            self.write(text_op + str(idx).encode('ascii') + b'\n')

    # ---------------------------------------------------------------- save

    def dump(self, obj):
        if self.proto >= 2:
            self.out.append(_PROTO)
            self.out.append(self.proto)
            if self.proto >= 4:
                self.framing = True
        self.save(obj)
        self.write_op(_STOP)
        self.commit_frame()
        self.framing = False
        return bytes(self.out)

    def save(self, obj):
        self.opcode_boundary()
        if obj is None:
            self.write_op(_NONE)
            return
        if obj is True or obj is False:
            self.save_bool(obj)
            return
        if type(obj) is int:
            self.save_long(int(obj))
            return
        if type(obj) is float:
            self.save_float(float(obj))
            return
        if type(obj) is str and len(obj) <= 1 and (len(obj) == 0 or ord(obj) < 256):
            # CPython keeps one object for '' and each latin-1 character, whatever made it.
            self.save_char(obj)
            return
        idx = self.memo.get(id(obj), -1)
        if idx >= 0:
            self.memo_get(idx)
            return
        if type(obj) is bytes:
            self.save_bytes(obj)
        elif type(obj) is str:
            self.save_str(obj)
        elif type(obj) is dict:
            self.save_dict(obj)
        elif type(obj) is set:
            self.save_set(obj)
        elif type(obj) is frozenset:
            self.save_frozenset(obj)
        elif type(obj) is list:
            self.save_list(obj)
        elif type(obj) is tuple:
            self.save_tuple(obj)
        elif type(obj) is bytearray:
            self.save_bytearray(obj)
        else:
            self.save_instance(obj)

    def save_instance(self, obj):
        """An instance of a class of the program, as object.__reduce_ex__ reduces it (or its own __reduce_ex__,
        __reduce__, __getstate__)."""
        if not _aithon_pickle.is_instance(obj):
            raise PicklingError("unsupported: pickling a '" + _type_name(obj) + "' object (functions, classes, enum "
                                "members and instances of classes derived from built-in types are not pickled)")
        module, name = _class_names(obj)
        if _aithon_pickle.defines(obj, '__reduce_ex__'):
            self.save_reduce_value(obj, _aithon_dynamic.call_method(obj, '__reduce_ex__', (self.proto,)))
            return
        if _aithon_pickle.defines(obj, '__reduce__'):
            self.save_reduce_value(obj, _aithon_dynamic.call_method(obj, '__reduce__', ()))
            return
        if _aithon_pickle.defines(obj, '__getstate__'):
            state = _aithon_dynamic.call_method(obj, '__getstate__', ())
        else:
            state = self.canonical_state(_aithon_pickle.instance_state(obj))
        if self.proto >= 2:
            # copyreg.__newobj__(cls): the class, no arguments, NEWOBJ.
            self.save_global(module, name)
            self.write_op(_EMPTY_TUPLE)
            self.write_op(_NEWOBJ)
        else:
            # copyreg._reconstructor(cls, object, None), through REDUCE.
            self.save_global('copy_reg', '_reconstructor')
            self.write_op(_MARK)
            self.save_global(module, name)
            self.save_global('__builtin__', 'object')
            self.write_op(_NONE)
            self.write_op(_TUPLE)
            self.write_memo_put()
            self.write_op(_REDUCE)
        self.memo_reduced(obj)
        if state is not None and (self.proto >= 2 or state):
            self.save(state)
            self.write_op(_BUILD)

    def canonical_state(self, state):
        """The default state with its keys made the one object per attribute name (CPython interns them, so
        the second instance of a class fetches them from the memo)."""
        if state is None:
            return None
        out = {}
        for k, v in state.items():
            key = self.attr_names.get(k)
            if key is None:
                self.attr_names[k] = k
                key = k
            out[key] = v
        return out

    def save_reduce_value(self, obj, rv):
        """What __reduce__ returned: (callable, args[, state]); the callable a class of the program."""
        if isinstance(rv, str):
            raise PicklingError('unsupported: __reduce__ returning a global name')
        if not isinstance(rv, tuple) or len(rv) < 2 or len(rv) > 6:
            raise PicklingError('__reduce__ must return a string or tuple')
        func = rv[0]
        args = rv[1]
        if not isinstance(args, tuple):
            raise PicklingError('second item of the tuple returned by __reduce__ must be a tuple')
        fmodule, fname = _global_names(func)
        self.save_global(fmodule, fname)
        self.save(args)
        self.write_op(_REDUCE)
        self.memo_reduced(obj)
        if len(rv) > 2 and rv[2] is not None:
            self.save(rv[2])
            self.write_op(_BUILD)

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write_op(_NEWTRUE if obj else _NEWFALSE)
        else:
            self.write(b'I01\n' if obj else b'I00\n')

    def save_long(self, x):
        if -0x80000000 <= x <= 0x7fffffff:
            if self.bin:
                if 0 <= x <= 0xff:
                    self.write_op(_BININT1)
                    self.write_op(x)
                elif 0 <= x <= 0xffff:
                    self.write_op(_BININT2)
                    self.write(x.to_bytes(2, 'little'))
                else:
                    self.write_op(_BININT)
                    self.write(x.to_bytes(4, 'little', signed=True))
            else:
                self.write(b'I' + str(x).encode('ascii') + b'\n')
            return
        if self.proto >= 2:
            data = _encode_long(x)
            n = len(data)
            if n < 256:
                self.write_op(_LONG1)
                self.write_op(n)
            else:
                self.write_op(_LONG4)
                self.write(n.to_bytes(4, 'little', signed=True))
            self.write(data)
        else:
            self.write(b'L' + repr(x).encode('ascii') + b'L\n')

    def save_float(self, x):
        if self.bin:
            self.write_op(_BINFLOAT)
            self.write(_aithon_bytes.pack_float(x, 8, False))
        else:
            r = repr(x)
            if 'e' not in r and '.' not in r and 'n' not in r:
                r += '.0'
            self.write(b'F' + r.encode('ascii') + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if len(obj) == 0:
                self.save_reduce_global('__builtin__', 'bytes', ())
            else:
                self.save_reduce_global('_codecs', 'encode', (obj.decode('latin-1'), 'latin1'))
            self.memo_reduced(obj)
            return
        n = len(obj)
        if n < 256:
            self.write_payload(bytes([_SHORT_BINBYTES, n]), obj)
        elif n <= 0xffffffff:
            self.write_payload(bytes([_BINBYTES]) + _u32(n), obj)
        else:
            self.write_payload(bytes([_BINBYTES8]) + _u64(n), obj)
        self.memo_put(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            module = '__builtin__' if self.proto < 3 else 'builtins'
            if len(obj) == 0:
                self.save_reduce_global(module, 'bytearray', ())
            else:
                self.save_reduce_global(module, 'bytearray', (bytes(obj),))
            self.memo_reduced(obj)
            return
        self.write_payload(bytes([_BYTEARRAY8]) + _u64(len(obj)), bytes(obj))
        self.memo_put(obj)

    def save_char(self, obj):
        idx = self.char_memo.get(obj, -1)
        if idx >= 0:
            self.memo_get(idx)
            return
        self.char_memo[obj] = self.memo_count
        self.write_str(obj)
        self.write_memo_put()

    def save_str(self, obj):
        self.write_str(obj)
        self.memo_put(obj)

    def write_str(self, obj):
        if not self.bin:
            self.write_op(_UNICODE)
            self.write(_raw_unicode_escape(obj))
            self.write_op(10)
        else:
            data = obj.encode('utf-8')
            n = len(data)
            if n < 256 and self.proto >= 4:
                self.write_payload(bytes([_SHORT_BINUNICODE, n]), data)
            elif n > 0xffffffff and self.proto >= 4:
                self.write_payload(bytes([_BINUNICODE8]) + _u64(n), data)
            else:
                self.write_payload(bytes([_BINUNICODE]) + _u32(n), data)

    def save_tuple(self, obj):
        n = len(obj)
        if n == 0:
            if self.proto:
                self.write_op(_EMPTY_TUPLE)
            else:
                self.write(b'(t')
            return
        if n <= 3 and self.proto >= 2:
            for item in obj:
                self.save(item)
            idx = self.memo.get(id(obj), -1)
            if idx >= 0:
                # The tuple is in its own items (through a list or dict): it was saved meanwhile.
                for _ in range(n):
                    self.write_op(_POP)
                self.memo_get(idx)
                return
            self.write_op(_TUPLE1 + n - 1)
            self.memo_put(obj)
            return
        self.write_op(_MARK)
        for item in obj:
            self.save(item)
        idx = self.memo.get(id(obj), -1)
        if idx >= 0:
            if self.bin:
                self.write_op(_POP_MARK)
            else:
                for _ in range(n + 1):
                    self.write_op(_POP)
            self.memo_get(idx)
            return
        self.write_op(_TUPLE)
        self.memo_put(obj)

    def save_list(self, obj):
        if self.bin:
            self.write_op(_EMPTY_LIST)
        else:
            self.write(b'(l')
        self.memo_put(obj)
        n = len(obj)
        if n == 0:
            return
        if not self.bin:
            for item in obj:
                self.save(item)
                self.write_op(_APPEND)
            return
        if n == 1:
            self.save(obj[0])
            self.write_op(_APPEND)
            return
        total = 0
        while True:
            batch = 0
            self.write_op(_MARK)
            while total < len(obj):
                self.save(obj[total])
                total += 1
                batch += 1
                if batch == _BATCHSIZE:
                    break
            self.write_op(_APPENDS)
            if total >= len(obj):
                break

    def save_dict(self, obj):
        if self.bin:
            self.write_op(_EMPTY_DICT)
        else:
            self.write(b'(d')
        self.memo_put(obj)
        n = len(obj)
        if n == 0:
            return
        if not self.bin:
            for k, v in obj.items():
                self.save(k)
                self.save(v)
                self.write_op(_SETITEM)
            return
        if n == 1:
            for k, v in obj.items():
                self.save(k)
                self.save(v)
            self.write_op(_SETITEM)
            return
        i = 0
        self.write_op(_MARK)
        for k, v in obj.items():
            self.save(k)
            self.save(v)
            i = self.batch_step(i, _SETITEMS)
        self.write_op(_SETITEMS)

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce_global('__builtin__' if self.proto < 3 else 'builtins', 'set', ([x for x in obj],))
            self.memo_reduced(obj)
            return
        self.write_op(_EMPTY_SET)
        self.memo_put(obj)
        if len(obj) == 0:
            return
        i = 0
        self.write_op(_MARK)
        for item in obj:
            self.save(item)
            i = self.batch_step(i, _ADDITEMS)
        self.write_op(_ADDITEMS)

    def batch_step(self, i, op):
        """Counts one saved entry of a dict's or a set's batch and returns the new count. As in
        CPython's _pickle, a full batch is closed with `op` and another opened at once, so a batch
        that ends full is followed by another, possibly empty (a list's batches differ: save_list)."""
        i += 1
        if i < _BATCHSIZE:
            return i
        self.write_op(op)
        self.write_op(_MARK)
        return 0

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce_global('__builtin__' if self.proto < 3 else 'builtins', 'frozenset', ([x for x in obj],))
            self.memo_reduced(obj)
            return
        self.write_op(_MARK)
        for item in obj:
            self.save(item)
        idx = self.memo.get(id(obj), -1)
        if idx >= 0:
            self.write_op(_POP_MARK)
            self.memo_get(idx)
            return
        self.write_op(_FROZENSET)
        self.memo_put(obj)

    def save_global(self, module, name):
        """A module-level name (a callable of a reduce), memoized by its qualified name."""
        key = module + '.' + name
        idx = self.global_memo.get(key, -1)
        if idx >= 0:
            self.memo_get(idx)
            return
        if self.proto >= 4:
            if module == '__builtin__':
                module = 'builtins'
            elif module == 'copy_reg':
                module = 'copyreg'
            self.save(self.global_str(module))
            self.save(self.global_str(name))
            self.write_op(_STACK_GLOBAL)
        else:
            self.write(b'c' + module.encode('utf-8') + b'\n' + name.encode('utf-8') + b'\n')
        self.global_memo[key] = self.memo_count
        self.write_memo_put()

    def global_str(self, s):
        found = self.global_strs.get(s)
        if found is None:
            self.global_strs[s] = s
            return s
        return found

    def save_reduce_global(self, module, name, args):
        """`func(*args)` with func the global module.name: the callable, its arguments, REDUCE."""
        self.save_global(module, name)
        self.save(args)
        self.write_op(_REDUCE)

    def memo_reduced(self, obj):
        """Memoizes what a REDUCE made, unless saving its arguments memoized it (a recursive value)."""
        idx = self.memo.get(id(obj), -1)
        if idx >= 0:
            self.write_op(_POP)
            self.memo_get(idx)
        else:
            self.memo_put(obj)


def _class_names(obj):
    """The module and qualified name of obj's class, as `<class '__main__.Point'>` shows them."""
    return _split_qualified(repr(type(obj)))


def _split_qualified(r):
    q = r[8:-2]
    k = q.rfind('.')
    return q[:k], q[k + 1:]


def _global_names(func):
    """The module and name of a class a __reduce__ returns."""
    r = repr(func)
    if not r.startswith("<class '"):
        raise PicklingError('unsupported: a __reduce__ callable that is not a class of the program')
    module, name = _split_qualified(r)
    if module == '':
        raise PicklingError('unsupported: a __reduce__ callable that is not a class of the program')
    return module, name


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    proto = DEFAULT_PROTOCOL if protocol is None else protocol
    return _Writer(proto, False).dump(obj)


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    proto = DEFAULT_PROTOCOL if protocol is None else protocol
    file.write(_Writer(proto, True).dump(obj))


class Pickler:
    """Writes pickles of objects to a binary file, one per dump(); its memo lasts across dumps, as
    CPython's does (an object dumped before is written as a memo reference) until clear_memo()."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        proto = DEFAULT_PROTOCOL if protocol is None else protocol
        self._writer = _Writer(proto, True)
        self._file = file
        self.fast = 0

    def dump(self, obj):
        w = self._writer
        w.out = bytearray()
        w.frame_start = -1
        self._file.write(w.dump(obj))

    def clear_memo(self):
        self._writer.memo = {}
        self._writer.global_memo = {}
        self._writer.char_memo = {}
        self._writer.memo_count = 0
        self._writer.kept = []


_Pickler = Pickler


# ------------------------------------------------------------------ unpickler


class _Global:
    """A global a pickle names (GLOBAL, STACK_GLOBAL): a built-in callable of reduces, or a class of the program."""

    def __init__(self, module, name, cls):
        self.module = module
        self.name = name
        self.cls = cls


_KNOWN_GLOBALS = {
    'builtins.set', 'builtins.frozenset', 'builtins.bytearray', 'builtins.bytes', 'builtins.list',
    'builtins.dict', 'builtins.tuple', 'builtins.str', 'builtins.int', 'builtins.float', 'builtins.bool',
    'builtins.object', '_codecs.encode', 'codecs.encode', 'copyreg._reconstructor',
}


def _find_global(module, name):
    if module == '__builtin__':
        module = 'builtins'
    elif module == 'copy_reg':
        module = 'copyreg'
    if module + '.' + name in _KNOWN_GLOBALS:
        return _Global(module, name, None)
    cls = _aithon_pickle.find_class(module + '.' + name)
    if cls is None:
        raise AttributeError("Can't get attribute '" + name + "' on <module '" + module + "'>")
    return _Global(module, name, cls)


def _new_instance(g, args):
    """cls.__new__(cls) for the class a NEWOBJ or copyreg._reconstructor names."""
    if not isinstance(g, _Global) or g.cls is None:
        raise UnpicklingError('unsupported: NEWOBJ of something that is not a class of the program')
    if len(args) != 0:
        raise UnpicklingError('unsupported: __new__ arguments of ' + g.name)
    return _aithon_pickle.new_instance(g.cls)


def _build(inst, state):
    """BUILD: the instance's __setstate__(state), else the state's items set as attributes."""
    if _aithon_pickle.defines(inst, '__setstate__'):
        _aithon_dynamic.call_method(inst, '__setstate__', (state,))
        return
    if state is None:
        return
    if isinstance(state, tuple) and len(state) == 2:
        slotstate = state[1]
        state = state[0]
        if slotstate is not None:
            for k, v in slotstate.items():
                _aithon_pickle.setattr(inst, k, v)
        if state is None:
            return
    if not isinstance(state, dict):
        raise UnpicklingError('state is not a dictionary')
    for k, v in state.items():
        _aithon_pickle.setattr(inst, k, v)


def _call_global(g, args):
    """What REDUCE makes: the named built-in or class called with args."""
    if not isinstance(g, _Global):
        raise UnpicklingError('unsupported: REDUCE of a value that is not a known global')
    name = g.name
    n = len(args)
    if g.cls is not None:
        # A class whose __reduce__ returned (cls, args): cls(*args), __init__ by name on a new instance.
        inst = _aithon_pickle.new_instance(g.cls)
        _aithon_dynamic.call_method(inst, '__init__', args)
        return inst
    if name == '_reconstructor':
        return _new_instance(args[0], ())
    if name == 'encode':
        return args[0].encode(args[1])
    if name == 'set':
        return set() if n == 0 else set(args[0])
    if name == 'frozenset':
        return frozenset() if n == 0 else frozenset(args[0])
    if name == 'bytearray':
        if n == 0:
            return bytearray()
        if n == 2:
            return bytearray(args[0], args[1])
        return bytearray(args[0])
    if name == 'bytes':
        if n == 0:
            return b''
        if n == 2:
            return bytes(args[0], args[1])
        return bytes(args[0])
    if name == 'list':
        return [] if n == 0 else list(args[0])
    if name == 'dict':
        return {} if n == 0 else dict(args[0])
    if name == 'tuple':
        return () if n == 0 else tuple(args[0])
    if name == 'str':
        return '' if n == 0 else str(args[0])
    if name == 'int':
        return 0 if n == 0 else int(args[0])
    if name == 'float':
        return 0.0 if n == 0 else float(args[0])
    if name == 'object':
        raise UnpicklingError('unsupported: calling object()')
    return False if n == 0 else bool(args[0])


def _decode_long(data):
    return int.from_bytes(data, 'little', signed=True)


def _unescape_raw_unicode(data):
    """Protocol 0's str text (raw-unicode-escape): \\uXXXX and \\UXXXXXXXX, other bytes latin-1."""
    s = data.decode('latin-1')
    if '\\' not in s:
        return s
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == '\\' and i + 1 < n and (s[i + 1] == 'u' or s[i + 1] == 'U'):
            width = 4 if s[i + 1] == 'u' else 8
            out.append(chr(int(s[i + 2:i + 2 + width], 16)))
            i += 2 + width
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def _unquote(s):
    """The text of a STRING opcode's Python literal (protocol 0's str of Python 2)."""
    if len(s) >= 2 and s[0] == s[-1] and (s[0] == "'" or s[0] == '"'):
        s = s[1:-1]
    else:
        raise UnpicklingError('the STRING opcode argument must be quoted')
    out = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c != '\\' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        e = s[i + 1]
        i += 2
        if e == 'n':
            out.append('\n')
        elif e == 't':
            out.append('\t')
        elif e == 'r':
            out.append('\r')
        elif e == 'x':
            out.append(chr(int(s[i:i + 2], 16)))
            i += 2
        elif e in '01234567':
            j = i - 1
            while i < n and i - j < 3 and s[i] in '01234567':
                i += 1
            out.append(chr(int(s[j:i], 8)))
        else:
            out.append(e)
    return ''.join(out)


class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.stack = []
        self.metastack = []
        self.memo = {}
        self.proto = 0

    def read(self, n):
        start = self.pos
        end = start + n
        if end > len(self.data):
            raise UnpicklingError('pickle data was truncated')
        self.pos = end
        return self.data[start:end]

    def read_byte(self):
        p = self.pos
        if p >= len(self.data):
            raise UnpicklingError('pickle data was truncated')
        self.pos = p + 1
        return int(self.data[p])

    def readline(self):
        data = self.data
        end = data.find(b'\n', self.pos)
        if end < 0:
            raise UnpicklingError('pickle data was truncated')
        line = data[self.pos:end]
        self.pos = end + 1
        return line

    def read_u32(self):
        return int.from_bytes(self.read(4), 'little')

    def pop_mark(self):
        if not self.metastack:
            raise UnpicklingError('could not find MARK')
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def top(self):
        if not self.stack:
            raise UnpicklingError('unpickling stack underflow')
        return self.stack[-1]

    def pop(self):
        if not self.stack:
            raise UnpicklingError('unpickling stack underflow')
        return self.stack.pop()

    def memo_value(self, idx):
        if idx not in self.memo:
            raise UnpicklingError('Memo value not found at index ' + str(idx))
        return self.memo[idx]

    def load(self):
        data = self.data
        while True:
            if self.pos >= len(data):
                raise EOFError('Ran out of input')
            op = int(data[self.pos])
            self.pos += 1
            if op == _STOP:
                return self.pop()
            self.dispatch(op)

    def dispatch(self, op):
        stack = self.stack
        if op == _FRAME:
            n = int.from_bytes(self.read(8), 'little')
            if self.pos + n > len(self.data):
                raise UnpicklingError('pickle data was truncated')
        elif op == _PROTO:
            proto = self.read_byte()
            if proto > HIGHEST_PROTOCOL:
                raise ValueError('unsupported pickle protocol: ' + str(proto))
            self.proto = proto
        elif op == _MEMOIZE:
            self.memo[len(self.memo)] = self.top()
        elif op == _BINPUT:
            self.memo[self.read_byte()] = self.top()
        elif op == _LONG_BINPUT:
            self.memo[self.read_u32()] = self.top()
        elif op == _PUT:
            self.memo[int(self.readline().decode('ascii'))] = self.top()
        elif op == _BINGET:
            stack.append(self.memo_value(self.read_byte()))
        elif op == _LONG_BINGET:
            stack.append(self.memo_value(self.read_u32()))
        elif op == _GET:
            stack.append(self.memo_value(int(self.readline().decode('ascii'))))
        elif op == _SHORT_BINUNICODE:
            stack.append(self.read(self.read_byte()).decode('utf-8'))
        elif op == _BINUNICODE:
            stack.append(self.read(self.read_u32()).decode('utf-8'))
        elif op == _BINUNICODE8:
            stack.append(self.read(int.from_bytes(self.read(8), 'little')).decode('utf-8'))
        elif op == _UNICODE:
            stack.append(_unescape_raw_unicode(self.readline()))
        elif op == _BININT1:
            stack.append(self.read_byte())
        elif op == _BININT2:
            stack.append(int.from_bytes(self.read(2), 'little'))
        elif op == _BININT:
            stack.append(int.from_bytes(self.read(4), 'little', signed=True))
        elif op == _INT:
            line = self.readline()
            if line == b'00':
                stack.append(False)
            elif line == b'01':
                stack.append(True)
            else:
                stack.append(int(line.decode('ascii')))
        elif op == _LONG:
            line = self.readline()
            if line.endswith(b'L'):
                line = line[:-1]
            stack.append(int(line.decode('ascii')))
        elif op == _LONG1:
            stack.append(_decode_long(self.read(self.read_byte())))
        elif op == _LONG4:
            n = int.from_bytes(self.read(4), 'little', signed=True)
            if n < 0:
                raise UnpicklingError('LONG pickle has negative byte count')
            stack.append(_decode_long(self.read(n)))
        elif op == _BINFLOAT:
            stack.append(_aithon_bytes.unpack_float(self.read(8), 0, 8, False))
        elif op == _FLOAT:
            stack.append(float(self.readline().decode('ascii')))
        elif op == _NONE:
            stack.append(None)
        elif op == _NEWTRUE:
            stack.append(True)
        elif op == _NEWFALSE:
            stack.append(False)
        elif op == _SHORT_BINBYTES:
            stack.append(self.read(self.read_byte()))
        elif op == _BINBYTES:
            stack.append(self.read(self.read_u32()))
        elif op == _BINBYTES8:
            stack.append(self.read(int.from_bytes(self.read(8), 'little')))
        elif op == _BYTEARRAY8:
            stack.append(bytearray(self.read(int.from_bytes(self.read(8), 'little'))))
        elif op == _SHORT_BINSTRING:
            stack.append(self.read(self.read_byte()).decode('ascii'))
        elif op == _BINSTRING:
            n = int.from_bytes(self.read(4), 'little', signed=True)
            if n < 0:
                raise UnpicklingError('BINSTRING pickle has negative byte count')
            stack.append(self.read(n).decode('ascii'))
        elif op == _STRING:
            stack.append(_unquote(self.readline().decode('latin-1')))
        elif op == _EMPTY_LIST:
            stack.append([])
        elif op == _EMPTY_DICT:
            stack.append({})
        elif op == _EMPTY_SET:
            stack.append(set())
        elif op == _EMPTY_TUPLE:
            stack.append(())
        elif op == _MARK:
            self.metastack.append(self.stack)
            self.stack = []
        elif op == _POP:
            if self.stack:
                self.stack.pop()
            else:
                self.pop_mark()
        elif op == _POP_MARK:
            self.pop_mark()
        elif op == _TUPLE:
            items = self.pop_mark()
            self.stack.append(tuple(items))
        elif op == _TUPLE1:
            a = self.pop()
            stack.append((a,))
        elif op == _TUPLE2:
            b = self.pop()
            a = self.pop()
            stack.append((a, b))
        elif op == _TUPLE3:
            c = self.pop()
            b = self.pop()
            a = self.pop()
            stack.append((a, b, c))
        elif op == _LIST:
            items = self.pop_mark()
            self.stack.append(items)
        elif op == _DICT:
            items = self.pop_mark()
            d = {}
            for i in range(0, len(items), 2):
                d[items[i]] = items[i + 1]
            self.stack.append(d)
        elif op == _FROZENSET:
            items = self.pop_mark()
            self.stack.append(frozenset(items))
        elif op == _APPEND:
            value = self.pop()
            self.top().append(value)
        elif op == _APPENDS:
            items = self.pop_mark()
            self.top().extend(items)
        elif op == _SETITEM:
            value = self.pop()
            key = self.pop()
            self.top()[key] = value
        elif op == _SETITEMS:
            items = self.pop_mark()
            d = self.top()
            for i in range(0, len(items), 2):
                d[items[i]] = items[i + 1]
        elif op == _ADDITEMS:
            items = self.pop_mark()
            s = self.top()
            for item in items:
                s.add(item)
        elif op == _GLOBAL:
            module = self.readline().decode('utf-8')
            name = self.readline().decode('utf-8')
            stack.append(_find_global(module, name))
        elif op == _STACK_GLOBAL:
            name = self.pop()
            module = self.pop()
            if type(name) is not str or type(module) is not str:
                raise UnpicklingError('STACK_GLOBAL requires str')
            stack.append(_find_global(module, name))
        elif op == _REDUCE:
            args = self.pop()
            func = self.pop()
            stack.append(_call_global(func, args))
        elif op == _NEWOBJ:
            args = self.pop()
            cls = self.pop()
            stack.append(_new_instance(cls, args))
        elif op == _NEWOBJ_EX:
            kwargs = self.pop()
            args = self.pop()
            cls = self.pop()
            if len(kwargs) != 0:
                raise UnpicklingError('unsupported: __new__ keyword arguments')
            stack.append(_new_instance(cls, args))
        elif op == _BUILD:
            state = self.pop()
            _build(self.top(), state)
        elif op == 80 or op == 81:
            raise UnpicklingError('A load persistent id instruction was encountered,\nbut no persistent_load function was specified.')
        elif op == 0x97 or op == 0x98:
            raise UnpicklingError('pickle stream refers to out-of-band data but no *buffers* argument was given')
        else:
            if op < 128 and chr(op).isprintable():
                raise UnpicklingError("invalid load key, '" + chr(op) + "'.")
            raise UnpicklingError("invalid load key, '\\x" + ('%02x' % op) + "'.")


class Unpickler:
    """Reads pickles from a binary file, one per load(), leaving the file just past it; its memo
    lasts across loads, as CPython's does."""

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
        self._file = file
        self._memo = {}
        self._pure = False

    def load(self):
        start = self._file.tell()
        data = self._file.read()
        if not data and self._pure:
            raise EOFError
        u = _Reader(data)
        u.memo = self._memo
        value = u.load()
        self._file.seek(start + u.pos)
        return value


class _Unpickler(Unpickler):
    """pickle.py's pure-Python unpickler: at the end of the file, an EOFError without a message."""

    def __init__(self, file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
        Unpickler.__init__(self, file)
        self._pure = True


def loads(data, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return _Reader(bytes(data)).load()


def load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=None):
    start = file.tell()
    data = file.read()
    u = _Reader(data)
    value = u.load()
    # Leave the file just past this pickle, as CPython's reader does: the next load() reads the next one.
    file.seek(start + u.pos)
    return value
