"""JSON (RFC 8259) encoder and decoder: the `json` standard module.

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it, so every function is specialised to its caller's
types. Output and error messages are CPython 3.11's: its C accelerator, which
dumps() and loads() use, and its pure-Python encoder where CPython runs that
one (with `indent`, and in dump()), whose float error message differs.

Differences from CPython, forced by what the compiler supports (see the json
row of docs/language.md):
- JSONDecodeError has no msg/doc/pos/lineno/colno attributes (its str() and
  args are CPython's).
- default and the loads hooks must be functions or lambdas: not a class such
  as `str`, not an explicit None (leave the keyword out). No cls= and no
  object_pairs_hook; loads takes a str only.
- A circular reference is found when the nesting passes the recursion limit
  (CPython tracks object identities), so a structure nested about 1000 deep
  raises ValueError where CPython raises RecursionError.
"""


class JSONDecodeError(ValueError):
    pass


_INF = float('inf')
_ESCAPES = {
    '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f',
}
_UNESCAPES = {
    '"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}
_HEX = '0123456789abcdefABCDEF'


def _type_name(o):
    """`type(o).__name__`, for error messages."""
    if o is None:
        return 'NoneType'
    if isinstance(o, bool):
        return 'bool'
    if isinstance(o, int):
        return 'int'
    if isinstance(o, float):
        return 'float'
    if isinstance(o, str):
        return 'str'
    if isinstance(o, list):
        return 'list'
    if isinstance(o, tuple):
        return 'tuple'
    if isinstance(o, dict):
        return 'dict'
    if isinstance(o, set):
        return 'set'
    if isinstance(o, frozenset):
        return 'frozenset'
    if isinstance(o, range):
        return 'range'
    # "bad operand type for unary ~: 'Point'" names any other type.
    try:
        ~o
    except TypeError as e:
        m = str(e)
        k = m.find("'")
        if k >= 0 and m.endswith("'"):
            return m[k + 1:-1]
    r = repr(o)
    if r.startswith('<') and r.find(' object at ') > 0:
        name = r[1:r.find(' object at ')]
        return name[name.rfind('.') + 1:]
    return 'object'


# ------------------------------------------------------------------ encoder


def _default(o):
    raise TypeError('Object of type ' + _type_name(o) + ' is not JSON serializable')


def _plain(s, ensure_ascii):
    """True when s needs no escape inside a JSON string."""
    return (s.isascii() or not ensure_ascii) and s.isprintable() and '"' not in s and '\\' not in s


def _escape(c, o, parts):
    """Appends the escape of the character c (code point o)."""
    e = _ESCAPES.get(c, '')
    if e:
        parts.append(e)
    elif o < 0x10000:
        parts.append('\\u%04x' % o)
    else:
        o -= 0x10000
        parts.append('\\u%04x\\u%04x' % (0xd800 | (o >> 10), 0xdc00 | (o & 0x3ff)))


def _append_escaped(parts, s, ensure_ascii):
    """Appends the escaped text of s (without its quotes)."""
    if s.isascii():
        # Runs of plain characters are appended as slices (O(1) on an ASCII str).
        start = 0
        i = 0
        for c in s:
            o = ord(c)
            if o < 32 or c == '"' or c == '\\' or (o == 127 and ensure_ascii):
                if i > start:
                    parts.append(s[start:i])
                _escape(c, o, parts)
                start = i + 1
            i += 1
        if start < i:
            parts.append(s[start:] if start else s)
        return
    for c in s:
        o = ord(c)
        if o < 32 or c == '"' or c == '\\':
            _escape(c, o, parts)
        elif o < 127 or not ensure_ascii:
            parts.append(c)
        else:
            _escape(c, o, parts)


def _encode_str(s, ensure_ascii):
    """s as a JSON string literal, with its quotes."""
    if _plain(s, ensure_ascii):
        return '"' + s + '"'
    parts = ['"']
    _append_escaped(parts, s, ensure_ascii)
    parts.append('"')
    return ''.join(parts)


def _floatstr(f, allow_nan, py):
    if f != f:
        text = 'NaN'
    elif f == _INF:
        text = 'Infinity'
    elif f == -_INF:
        text = '-Infinity'
    else:
        return repr(f)
    if not allow_nan:
        # CPython's Python encoder (indent, dump) names the value; its C one does not.
        if py:
            raise ValueError('Out of range float values are not JSON compliant: ' + repr(f))
        raise ValueError('Out of range float values are not JSON compliant')
    return text


def _str_value(s):
    """s, a str or an instance of str for isinstance(): the str itself. The encoder writes the str a str
    subclass's instance or a str-valued enum's member holds, not what its __str__ gives (str.join takes that value)."""
    if type(s) is str:
        return s
    return ''.join([s])


def _key_str(k, allow_nan, py):
    """A non-str dict key as JSON converts it."""
    if isinstance(k, float):
        return _floatstr(float(k), allow_nan, py)
    if k is True:
        return 'true'
    if k is False:
        return 'false'
    if k is None:
        return 'null'
    if not isinstance(k, int):
        raise TypeError('keys must be str, int, float, bool or None, not ' + _type_name(k))
    return str(int(k))


def _is_key(k):
    return isinstance(k, (str, int, float)) or k is None


def _scalar(v, out, ensure_ascii, allow_nan, py):
    """Appends v when it is a str, None, bool, int or float; False otherwise."""
    if isinstance(v, str):
        s = _str_value(v)
        if _plain(s, ensure_ascii):
            out.append('"')
            out.append(s)
            out.append('"')
        else:
            out.append('"')
            _append_escaped(out, s, ensure_ascii)
            out.append('"')
    elif v is None:
        out.append('null')
    elif v is True:
        out.append('true')
    elif v is False:
        out.append('false')
    elif isinstance(v, int):
        out.append(str(int(v)))
    elif isinstance(v, float):
        out.append(_floatstr(float(v), allow_nan, py))
    else:
        return False
    return True


def _enc_key(k, keys, skipkeys, ensure_ascii, allow_nan, py, key_sep):
    """The encoded key k followed by the key separator (keys caches them); '' to skip k."""
    if isinstance(k, str):
        ks = _str_value(k)
    elif skipkeys and not _is_key(k):
        return ''
    else:
        ks = _key_str(k, allow_nan, py)
    e = keys.get(ks, '')
    if not e:
        e = _encode_str(ks, ensure_ascii) + key_sep
        if len(keys) < 4096:
            keys[ks] = e
    return e


def _open_container(out, bracket, pretty, indent, item_sep):
    """Writes a non-empty list's or dict's opening bracket; returns what goes between its items
    (with indent, the separator then a new line indented to the items' level)."""
    if pretty:
        out.append(bracket + '\n' + indent)
        return item_sep + '\n' + indent
    out.append(bracket)
    return item_sep


def _enc(o, out, chunks, level, ind, pretty, item_sep, key_sep, sort_keys, ensure_ascii, skipkeys, allow_nan, py, keys):
    """Appends the JSON text of o to out, whose pieces move to chunks as one str
    every _PIECES_PER_CHUNK pieces. keys caches the encoded keys."""
    if _scalar(o, out, ensure_ascii, allow_nan, py):
        return
    if isinstance(o, (list, tuple)):
        if not o:
            out.append('[]')
            return
        if pretty:
            level += 1
        sep = _open_container(out, '[', pretty, ind * level, item_sep)
        first = True
        for v in o:
            if first:
                first = False
            else:
                if not allow_nan and isinstance(v, float):
                    _floatstr(float(v), allow_nan, py)  # CPython fails before writing the separator
                out.append(sep)
            if not _scalar(v, out, ensure_ascii, allow_nan, py):
                _enc(v, out, chunks, level, ind, pretty, item_sep, key_sep, sort_keys, ensure_ascii, skipkeys, allow_nan, py, keys)
        if pretty:
            out.append('\n' + ind * (level - 1))
        out.append(']')
        if len(out) >= _PIECES_PER_CHUNK:
            _flush_pieces(out, chunks)
    elif isinstance(o, dict):
        if not o:
            out.append('{}')
            return
        if pretty:
            level += 1
        sep = _open_container(out, '{', pretty, ind * level, item_sep)
        first = True
        if sort_keys:
            # CPython sorts the items, which compares the keys (they are unique).
            for k in sorted(o):
                e = _enc_key(k, keys, skipkeys, ensure_ascii, allow_nan, py, key_sep)
                if not e:
                    continue
                if first:
                    first = False
                else:
                    out.append(sep)
                out.append(e)
                v = o[k]
                if not _scalar(v, out, ensure_ascii, allow_nan, py):
                    _enc(v, out, chunks, level, ind, pretty, item_sep, key_sep, sort_keys, ensure_ascii, skipkeys, allow_nan, py, keys)
        else:
            for k in o:
                e = _enc_key(k, keys, skipkeys, ensure_ascii, allow_nan, py, key_sep)
                if not e:
                    continue
                if first:
                    first = False
                else:
                    out.append(sep)
                out.append(e)
                v = o[k]
                if not _scalar(v, out, ensure_ascii, allow_nan, py):
                    _enc(v, out, chunks, level, ind, pretty, item_sep, key_sep, sort_keys, ensure_ascii, skipkeys, allow_nan, py, keys)
        if pretty:
            out.append('\n' + ind * (level - 1))
        out.append('}')
        if len(out) >= _PIECES_PER_CHUNK:
            _flush_pieces(out, chunks)
    else:
        v = _current_default(o)  # "calling a variable" here: more than 8 type combinations of dumps()/dump() calls
        _enc(v, out, chunks, level, ind, pretty, item_sep, key_sep, sort_keys, ensure_ascii, skipkeys, allow_nan, py, keys)


# As CPython's accumulator (_PyAccu): a big document's pieces are joined
# into one str every so many, so the encoder never holds every small piece of
# the text at once (they would take several times the text's size).
_PIECES_PER_CHUNK = 4096


def _flush_pieces(out, chunks):
    chunks.append(''.join(out))
    out.clear()


def _encode(obj, out, chunks, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, sort_keys, py):
    pretty = indent is not None
    if indent is None:
        ind = ''
    elif isinstance(indent, str):
        ind = str(indent)
    else:
        ind = ' ' * indent
    if separators is not None:
        item_sep, key_sep = separators
    elif pretty:
        item_sep, key_sep = ',', ': '
    else:
        item_sep, key_sep = ', ', ': '
    circular = False
    try:
        _enc(obj, out, chunks, 0, ind, pretty, str(item_sep), str(key_sep), sort_keys, ensure_ascii, skipkeys, allow_nan,
             py or pretty, {'': ''})
    except RecursionError:
        circular = True
    if circular:
        if check_circular:
            raise ValueError('Circular reference detected')
        raise RecursionError('maximum recursion depth exceeded while encoding a JSON object')


# `default` reaches _enc through this global, not as a parameter: a function
# value must keep its static type to be called, and past 8 specialisations of
# a function the compiler widens its parameters to dynamic values (_enc is
# specialised to each type it encodes).
_current_default = _default


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, indent=None,
          separators=None, default=_default, sort_keys=False):
    """Serialize obj to a JSON formatted str."""
    if isinstance(obj, str):
        return _encode_str(_str_value(obj), ensure_ascii)
    global _current_default
    saved = _current_default
    _current_default = default
    out = []
    chunks = []
    try:
        _encode(obj, out, chunks, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, sort_keys,
                False)
    finally:
        _current_default = saved
    _flush_pieces(out, chunks)
    return ''.join(chunks)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, indent=None,
         separators=None, default=_default, sort_keys=False):
    """Serialize obj as a JSON formatted stream to fp (anything with a write(str) method)."""
    global _current_default
    saved = _current_default
    _current_default = default
    out = []
    chunks = []
    try:
        _encode(obj, out, chunks, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, sort_keys,
                True)
    except Exception:
        # CPython writes chunk by chunk: what came before the error is already written.
        _current_default = saved
        _flush_pieces(out, chunks)
        text = ''.join(chunks)
        if text:
            fp.write(text)
        raise
    _current_default = saved
    _flush_pieces(out, chunks)
    fp.write(''.join(chunks))


# ------------------------------------------------------------------ decoder


def _error(msg, s, pos):
    lineno = s.count('\n', 0, pos) + 1
    colno = pos - s.rfind('\n', 0, pos)
    return JSONDecodeError('%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))


def _identity(o):
    return o


def _parse_float(s):
    return float(s)


def _parse_int(s):
    return int(s)


def _parse_constant(s):
    if s == 'NaN':
        return float('nan')
    if s == 'Infinity':
        return _INF
    return -_INF


def _text(doc, a, b):
    """doc[a:b] as a str (doc is the str itself, or its list of characters)."""
    if isinstance(doc, str):
        return str(doc[a:b])
    return ''.join(doc[a:b])


def _skip_ws(doc, i, n):
    while i < n:
        c = doc[i]
        if c == ' ' or c == '\n' or c == '\r' or c == '\t':
            i += 1
        else:
            break
    return i


def _hex4(doc, i):
    """The value of the 4 hex digits at doc[i:i+4], or -1."""
    v = 0
    end = i + 4
    while i < end:
        h = _HEX.find(doc[i])
        if h < 0:
            return -1
        if h >= 16:
            h -= 6
        v = v * 16 + h
        i += 1
    return v


def _check_controls(doc, s, a, b):
    """Raises for the first control character in doc[a:b], which JSON strings may not hold."""
    while a < b:
        if doc[a] < ' ':
            raise _error('Invalid control character at', s, a)
        a += 1


def _unescape(doc, s, begin, j, n, chunks):
    """Appends the character that the escape at doc[j] (a backslash) stands for; returns the index after it."""
    j += 1
    if j == n:
        raise _error('Unterminated string starting at', s, begin)
    c = doc[j]
    if c != 'u':
        e = _UNESCAPES.get(c, '')
        if not e:
            raise _error('Invalid \\escape', s, j - 1)
        chunks.append(e)
        return j + 1
    j += 1
    end = j + 4
    if end >= n:
        raise _error('Invalid \\uXXXX escape', s, j - 1)
    u = _hex4(doc, j)
    if u < 0:
        raise _error('Invalid \\uXXXX escape', s, end - 5)
    if 0xd800 <= u <= 0xdbff and end + 6 < n and doc[end] == '\\' and doc[end + 1] == 'u':
        u2 = _hex4(doc, end + 2)
        if u2 < 0:
            raise _error('Invalid \\uXXXX escape', s, end + 1)
        if 0xdc00 <= u2 <= 0xdfff:
            u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00))
            end += 6
    chunks.append(chr(u))
    return end


def _scanstring_chars(doc, s, begin, end, n, chunks, st):
    """_scanstring one character at a time, from doc[end] with chunks already decoded."""
    while True:
        j = end
        c = ''
        while j < n:
            c = doc[j]
            if c == '"' or c == '\\':
                break
            if c < ' ':
                raise _error('Invalid control character at', s, j)
            j += 1
        if j >= n:
            raise _error('Unterminated string starting at', s, begin)
        if j != end:
            chunks.append(_text(doc, end, j))
        if c == '"':
            st[0] = j + 1
            return ''.join(chunks)
        end = _unescape(doc, s, begin, j, n, chunks)


def _find(doc, c, a, b):
    """The index of the first c in doc[a:b], or -1."""
    if isinstance(doc, str):
        return doc.find(c, a, b)
    k = -1
    try:
        k = doc.index(c, a, b)
    except ValueError:
        pass
    return k


def _scanstring(doc, s, end, n, st):
    """The string whose opening quote is at doc[end - 1]; st[0] = the index after its closing quote."""
    begin = end - 1
    chunks = []
    # Find the closing quote and the escapes before it with str.find (list.index).
    q = _find(doc, '"', end, n)
    if q < 0:
        return _scanstring_chars(doc, s, begin, end, n, chunks, st)
    b = _find(doc, '\\', end, q)
    while b >= 0:
        if b > end:
            chunk = _text(doc, end, b)
            if not chunk.isprintable():
                _check_controls(doc, s, end, b)
            chunks.append(chunk)
        end = _unescape(doc, s, begin, b, n, chunks)
        if end > q:
            # The quote was escaped (\"): find the next one.
            q = _find(doc, '"', end, n)
            if q < 0:
                return _scanstring_chars(doc, s, begin, end, n, chunks, st)
        b = _find(doc, '\\', end, q)
    chunk = _text(doc, end, q)
    if not chunk.isprintable():
        _check_controls(doc, s, end, q)
    st[0] = q + 1
    if chunks:
        chunks.append(chunk)
        return ''.join(chunks)
    return chunk


def _digit(c):
    return '0' <= c <= '9'


def _number(doc, s, i, n, st, parse_float, parse_int):
    """The number at doc[i] (CPython's _match_number_unicode); st[0] = the index after it."""
    start = i
    if doc[i] == '-':
        i += 1
        if i >= n:
            raise _error('Expecting value', s, start)
    c = doc[i]
    if '1' <= c <= '9':
        i += 1
        while i < n and _digit(doc[i]):
            i += 1
    elif c == '0':
        i += 1
    else:
        raise _error('Expecting value', s, start)
    is_float = False
    if i < n - 1 and doc[i] == '.' and _digit(doc[i + 1]):
        is_float = True
        i += 2
        while i < n and _digit(doc[i]):
            i += 1
    if i < n - 1 and (doc[i] == 'e' or doc[i] == 'E'):
        e_start = i
        i += 1
        if i < n - 1 and (doc[i] == '-' or doc[i] == '+'):
            i += 1
        while i < n and _digit(doc[i]):
            i += 1
        if _digit(doc[i - 1]):
            is_float = True
        else:
            i = e_start
    st[0] = i
    if is_float:
        return parse_float(_text(doc, start, i))
    return parse_int(_text(doc, start, i))


def _scan(doc, s, i, n, st, memo, object_hook, parse_float, parse_int, parse_constant):
    """The JSON value at doc[i] (no whitespace before it); st[0] = the index after it.

    Equal object keys are one str (`memo`), as CPython's scanner makes them:
    a document of many objects holds each key once."""
    if i >= n:
        raise _error('Expecting value', s, i)
    c = doc[i]
    if c == '"':
        return _scanstring(doc, s, i + 1, n, st)
    if c == '{':
        d = {}
        i = _skip_ws(doc, i + 1, n)
        if i < n and doc[i] == '}':
            st[0] = i + 1
            return object_hook(d)
        while True:
            if i >= n or doc[i] != '"':
                raise _error('Expecting property name enclosed in double quotes', s, i)
            key = _scanstring(doc, s, i + 1, n, st)
            key = memo.setdefault(key, key)
            i = _skip_ws(doc, st[0], n)
            if i >= n or doc[i] != ':':
                raise _error("Expecting ':' delimiter", s, i)
            i = _skip_ws(doc, i + 1, n)
            d[key] = _scan(doc, s, i, n, st, memo, object_hook, parse_float, parse_int, parse_constant)
            i = _skip_ws(doc, st[0], n)
            if i < n and doc[i] == '}':
                st[0] = i + 1
                return object_hook(d)
            if i >= n or doc[i] != ',':
                raise _error("Expecting ',' delimiter", s, i)
            i = _skip_ws(doc, i + 1, n)
    if c == '[':
        a = []
        i = _skip_ws(doc, i + 1, n)
        if i < n and doc[i] == ']':
            st[0] = i + 1
            return a
        while True:
            a.append(_scan(doc, s, i, n, st, memo, object_hook, parse_float, parse_int, parse_constant))
            i = _skip_ws(doc, st[0], n)
            if i < n and doc[i] == ']':
                st[0] = i + 1
                return a
            if i >= n or doc[i] != ',':
                raise _error("Expecting ',' delimiter", s, i)
            i = _skip_ws(doc, i + 1, n)
    if c == 'n':
        if i + 3 < n and doc[i + 1] == 'u' and doc[i + 2] == 'l' and doc[i + 3] == 'l':
            st[0] = i + 4
            return None
    elif c == 't':
        if i + 3 < n and doc[i + 1] == 'r' and doc[i + 2] == 'u' and doc[i + 3] == 'e':
            st[0] = i + 4
            return True
    elif c == 'f':
        if i + 4 < n and doc[i + 1] == 'a' and doc[i + 2] == 'l' and doc[i + 3] == 's' and doc[i + 4] == 'e':
            st[0] = i + 5
            return False
    elif c == 'N':
        if i + 2 < n and doc[i + 1] == 'a' and doc[i + 2] == 'N':
            st[0] = i + 3
            return parse_constant('NaN')
    elif c == 'I':
        if i + 7 < n and _text(doc, i, i + 8) == 'Infinity':
            st[0] = i + 8
            return parse_constant('Infinity')
    elif c == '-':
        if i + 8 < n and _text(doc, i, i + 9) == '-Infinity':
            st[0] = i + 9
            return parse_constant('-Infinity')
    return _number(doc, s, i, n, st, parse_float, parse_int)


def _decode(doc, s, object_hook, parse_float, parse_int, parse_constant):
    n = len(doc)
    st = [0]
    value = _scan(doc, s, _skip_ws(doc, 0, n), n, st, {}, object_hook, parse_float, parse_int, parse_constant)
    i = _skip_ws(doc, st[0], n)
    if i != n:
        raise _error('Extra data', s, i)
    return value


def loads(s, *, object_hook=_identity, parse_float=_parse_float, parse_int=_parse_int,
          parse_constant=_parse_constant):
    """Deserialize s (a str holding a JSON document) to a Python object."""
    if not isinstance(s, str):
        raise TypeError('the JSON object must be str, bytes or bytearray, not ' + _type_name(s))
    if s.startswith('\ufeff'):
        raise _error('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    # A non-ASCII str is parsed as a str too: the runtime keeps a cursor into
    # it, so indexing it as the parser walks forwards costs the distance
    # walked (a list of its characters would cost one object per character).
    return _decode(s, s, object_hook, parse_float, parse_int, parse_constant)


def load(fp, *, object_hook=_identity, parse_float=_parse_float, parse_int=_parse_int,
         parse_constant=_parse_constant):
    """Deserialize fp (anything with a read() method returning str) to a Python object."""
    return loads(fp.read(), object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant)
