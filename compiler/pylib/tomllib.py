"""TOML 1.0 parser: the `tomllib` standard module (CPython 3.11).

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. loads()/load() return the same dicts, lists and
scalars as CPython, and invalid documents raise TOMLDecodeError with
CPython's messages and "(at line L, column C)" positions.

Differences from CPython, forced by what the runtime has (see the tomllib
row of docs/language.md):
- Offset date-times (`1979-05-27T07:32:00Z`, `...+01:00`) and local times
  (`07:32:00`) need datetime.timezone and datetime.time, which the compiled
  datetime module does not have: they raise NotImplementedError naming the
  value's position. Local dates and local date-times are datetime.date and
  datetime.datetime, as in CPython.
- parse_float must be a function or lambda (not a class such as Decimal).
"""

from datetime import date, datetime


class TOMLDecodeError(ValueError):
    pass


_WS = ' \t'
_WS_NL = ' \t\n'
_BARE_KEY = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_ESCAPES = {'b': '\b', 't': '\t', 'n': '\n', 'f': '\f', 'r': '\r', '"': '"', '\\': '\\'}


def _float(s):
    return float(s)


def _where(src, pos):
    """Where src[pos] is, as CPython's messages say it: 'line 3, column 7' or 'end of document'."""
    if pos >= len(src):
        return 'end of document'
    line = src.count('\n', 0, pos) + 1
    if line == 1:
        column = pos + 1
    else:
        column = pos - src.rindex('\n', 0, pos)
    return 'line ' + str(line) + ', column ' + str(column)


def _error(src, pos, msg):
    return TOMLDecodeError(msg + ' (at ' + _where(src, pos) + ')')


def _is_control(c, allow_newline):
    """True for the ASCII control characters TOML forbids in strings and comments (tab is allowed)."""
    o = ord(c)
    if c == '\t' or (allow_newline and c == '\n'):
        return False
    return o < 32 or o == 127


def _skip(src, pos, n, chars):
    while pos < n and src[pos] in chars:
        pos += 1
    return pos


def _skip_comment(src, pos, n):
    """After a '#' at src[pos]: the index of the newline (or n) that ends the comment."""
    if pos >= n or src[pos] != '#':
        return pos
    pos += 1
    while pos < n and src[pos] != '\n':
        if _is_control(src[pos], False):
            raise _error(src, pos, 'Found invalid character ' + repr(src[pos]))
        pos += 1
    return pos


def _skip_array_space(src, pos, n):
    """Whitespace, newlines and comments between the items of an array."""
    while True:
        before = pos
        pos = _skip(src, pos, n, _WS_NL)
        pos = _skip_comment(src, pos, n)
        if pos == before:
            return pos


# ------------------------------------------------------------------ strings


def _literal_until(src, pos, n, delim, allow_newline):
    """The index where delim starts, from pos; the characters before it must be legal."""
    end = src.find(delim, pos)
    if end < 0:
        raise _error(src, n, 'Expected ' + repr(delim))
    for i in range(pos, end):
        if _is_control(src[i], allow_newline):
            raise _error(src, i, 'Found invalid character ' + repr(src[i]))
    return end


def _hex_char(src, pos, n, width, st):
    digits = src[pos:pos + width]
    if len(digits) != width:
        raise _error(src, pos, 'Invalid hex value')
    for c in digits:
        if c not in _HEX:
            raise _error(src, pos, 'Invalid hex value')
    code = int(digits, 16)
    st[0] = pos + width
    if (0 <= code <= 55295) or (57344 <= code <= 1114111):
        return chr(code)
    raise _error(src, pos + width, 'Escaped character is not a Unicode scalar value')


def _escape(src, pos, n, multiline, st):
    """The text of the escape at src[pos] (a backslash); st[0] = the index after it."""
    kind = src[pos + 1] if pos + 1 < n else ''
    if multiline and (kind == ' ' or kind == '\t' or kind == '\n'):
        # A line-ending backslash drops the newline and the whitespace after it.
        i = pos + 1
        if kind != '\n':
            i = _skip(src, i, n, _WS)
            if i >= n:
                st[0] = i
                return ''
            if src[i] != '\n':
                raise _error(src, i, "Unescaped '\\' in a string")
        st[0] = _skip(src, i + 1, n, _WS_NL)
        return ''
    if kind == 'u':
        return _hex_char(src, pos + 2, n, 4, st)
    if kind == 'U':
        return _hex_char(src, pos + 2, n, 8, st)
    if kind in _ESCAPES and kind != '':
        st[0] = pos + 2
        return _ESCAPES[kind]
    raise _error(src, pos + 2, "Unescaped '\\' in a string")


def _basic_str(src, pos, n, multiline, st):
    """A "..." (or \"\"\"...\"\"\" body) string from src[pos], after its opening quotes."""
    parts = []
    start = pos
    while True:
        if pos >= n:
            raise _error(src, pos, 'Unterminated string')
        c = src[pos]
        if c == '"':
            if not multiline:
                parts.append(src[start:pos])
                st[0] = pos + 1
                return ''.join(parts)
            if src.startswith('"""', pos):
                parts.append(src[start:pos])
                st[0] = pos + 3
                return ''.join(parts)
            pos += 1
        elif c == '\\':
            parts.append(src[start:pos])
            parts.append(_escape(src, pos, n, multiline, st))
            pos = st[0]
            start = pos
        elif _is_control(c, multiline):
            raise _error(src, pos, 'Illegal character ' + repr(c))
        else:
            pos += 1


def _multiline_str(src, pos, n, quote, st):
    """A triple-quoted string at src[pos]; up to two more quotes before the closing ones belong to it."""
    pos += 3
    if pos < n and src[pos] == '\n':
        pos += 1
    if quote == "'":
        end = _literal_until(src, pos, n, "'''", True)
        text = src[pos:end]
        pos = end + 3
    else:
        text = _basic_str(src, pos, n, True, st)
        pos = st[0]
    extra = 0
    while extra < 2 and pos < n and src[pos] == quote:
        pos += 1
        extra += 1
    st[0] = pos
    return text + quote * extra


# ------------------------------------------------------------------ keys


def _key_part(src, pos, n, st):
    c = src[pos] if pos < n else ''
    if c != '' and c in _BARE_KEY:
        end = _skip(src, pos, n, _BARE_KEY)
        st[0] = end
        return src[pos:end]
    if c == "'":
        end = _literal_until(src, pos + 1, n, "'", False)
        st[0] = end + 1
        return src[pos + 1:end]
    if c == '"':
        return _basic_str(src, pos + 1, n, False, st)
    raise _error(src, pos, 'Invalid initial character for a key part')


def _key(src, pos, n, st):
    """A dotted key from src[pos] as a tuple of its parts; st[0] = the index after it and its whitespace."""
    parts = [_key_part(src, pos, n, st)]
    pos = _skip(src, st[0], n, _WS)
    while pos < n and src[pos] == '.':
        pos = _skip(src, pos + 1, n, _WS)
        parts.append(_key_part(src, pos, n, st))
        pos = _skip(src, st[0], n, _WS)
    st[0] = pos
    return tuple(parts)


# ------------------------------------------------------------------ values


def _digit_run(src, pos, n, digits):
    """The end of `d(_?d)*` from src[pos] with d in digits; pos itself when src[pos] is no digit."""
    if pos >= n or src[pos] not in digits:
        return pos
    pos += 1
    while pos < n:
        c = src[pos]
        if c in digits:
            pos += 1
        elif c == '_' and pos + 1 < n and src[pos + 1] in digits:
            pos += 2
        else:
            break
    return pos


def _number(src, pos, n, parse_float, st):
    """An integer or finite float at src[pos]; st[0] = -1 when there is none."""
    if src.startswith('0x', pos) or src.startswith('0o', pos) or src.startswith('0b', pos):
        kind = src[pos + 1]
        digits = _HEX if kind == 'x' else ('01234567' if kind == 'o' else '01')
        end = _digit_run(src, pos + 2, n, digits)
        if end > pos + 2:
            st[0] = end
            base = 16 if kind == 'x' else (8 if kind == 'o' else 2)
            return int(src[pos + 2:end].replace('_', ''), base)
    i = pos
    if i < n and (src[i] == '+' or src[i] == '-'):
        i += 1
    if i < n and src[i] == '0':
        i += 1
    else:
        end = _digit_run(src, i, n, _DIGITS)
        if end == i:
            st[0] = -1
            return None
        i = end
    int_end = i
    if i < n and src[i] == '.':
        end = _digit_run(src, i + 1, n, _DIGITS)
        if end > i + 1:
            i = end
    if i < n and (src[i] == 'e' or src[i] == 'E'):
        j = i + 1
        if j < n and (src[j] == '+' or src[j] == '-'):
            j += 1
        end = _digit_run(src, j, n, _DIGITS)
        if end > j:
            i = end
    st[0] = i
    if i == int_end:
        return int(src[pos:i].replace('_', ''))
    return parse_float(src[pos:i])


def _fixed_digits(src, pos, n, count):
    """The int of count decimal digits at src[pos], or -1."""
    if pos + count > n:
        return -1
    for k in range(pos, pos + count):
        if src[k] not in _DIGITS:
            return -1
    return int(src[pos:pos + count])


def _time_end(src, pos, n):
    """The end of `HH:MM:SS[.fraction]` at src[pos] (hours 00-23, minutes and seconds 00-59), or -1."""
    h = _fixed_digits(src, pos, n, 2)
    m = _fixed_digits(src, pos + 3, n, 2)
    s = _fixed_digits(src, pos + 6, n, 2)
    if h < 0 or m < 0 or s < 0 or src[pos + 2] != ':' or src[pos + 5] != ':':
        return -1
    if h > 23 or m > 59 or s > 59:
        return -1
    i = pos + 8
    if i + 1 < n and src[i] == '.' and src[i + 1] in _DIGITS:
        i = _skip(src, i + 1, n, _DIGITS)
    return i


def _microseconds(src, pos, end):
    """The microseconds of a time ending at end (its fraction cut to 6 digits, as CPython)."""
    if end == pos + 8:
        return 0
    return int(src[pos + 9:min(end, pos + 15)].ljust(6, '0'))


def _unsupported_time(src, pos, what):
    return NotImplementedError('tomllib: the value at ' + _where(src, pos) + ' is one of the ' + what
                               + ', which need datetime.timezone or datetime.time: AIthon does not compile them')


def _date_or_time(src, pos, n, st):
    """A local date or date-time at src[pos]; st[0] = -1 when there is none."""
    year = _fixed_digits(src, pos, n, 4)
    month = _fixed_digits(src, pos + 5, n, 2)
    day = _fixed_digits(src, pos + 8, n, 2)
    if year >= 0 and month >= 1 and month <= 12 and day >= 1 and day <= 31 \
            and src[pos + 4] == '-' and src[pos + 7] == '-':
        i = pos + 10
        t_end = -1
        if i < n and (src[i] == 'T' or src[i] == 't' or src[i] == ' '):
            t_end = _time_end(src, i + 1, n)
        if t_end < 0:
            try:
                value = date(year, month, day)
            except ValueError:
                raise _error(src, pos, 'Invalid date or datetime')
            st[0] = i
            return value
        if t_end < n and (src[t_end] == 'Z' or src[t_end] == 'z'):
            raise _unsupported_time(src, pos, 'offset date-times')
        if t_end < n and (src[t_end] == '+' or src[t_end] == '-'):
            oh = _fixed_digits(src, t_end + 1, n, 2)
            om = _fixed_digits(src, t_end + 4, n, 2)
            if oh >= 0 and oh <= 23 and om >= 0 and om <= 59 and src[t_end + 3] == ':':
                raise _unsupported_time(src, pos, 'offset date-times')
        t = i + 1
        try:
            value = datetime(year, month, day, int(src[t:t + 2]), int(src[t + 3:t + 5]),
                             int(src[t + 6:t + 8]), _microseconds(src, t, t_end))
        except ValueError:
            raise _error(src, pos, 'Invalid date or datetime')
        st[0] = t_end
        return value
    if _time_end(src, pos, n) >= 0:
        raise _unsupported_time(src, pos, 'local times')
    st[0] = -1
    return None


def _array(src, pos, n, parse_float, st):
    items = []
    pos = _skip_array_space(src, pos + 1, n)
    if pos < n and src[pos] == ']':
        st[0] = pos + 1
        return items
    while True:
        items.append(_value(src, pos, n, parse_float, st))
        pos = _skip_array_space(src, st[0], n)
        c = src[pos] if pos < n else ''
        if c == ']':
            st[0] = pos + 1
            return items
        if c != ',':
            raise _error(src, pos, 'Unclosed array')
        pos = _skip_array_space(src, pos + 1, n)
        if pos < n and src[pos] == ']':
            st[0] = pos + 1
            return items


def _inline_table(src, pos, n, parse_float, st):
    table = {}
    frozen = set()
    pos = _skip(src, pos + 1, n, _WS)
    if pos < n and src[pos] == '}':
        st[0] = pos + 1
        return table
    while True:
        key, value = _key_value(src, pos, n, parse_float, st)
        pos = st[0]
        if _is_frozen(frozen, key):
            raise _error(src, pos, 'Cannot mutate immutable namespace ' + repr(key))
        nest = _nest(table, key[:-1], False)
        if nest is None:
            raise _error(src, pos, 'Cannot overwrite a value')
        stem = key[-1]
        if stem in nest:
            raise _error(src, pos, 'Duplicate inline table key ' + repr(stem))
        nest[stem] = value
        pos = _skip(src, pos, n, _WS)
        c = src[pos] if pos < n else ''
        if c == '}':
            st[0] = pos + 1
            return table
        if c != ',':
            raise _error(src, pos, 'Unclosed inline table')
        if isinstance(value, dict) or isinstance(value, list):
            frozen.add(key)
        pos = _skip(src, pos + 1, n, _WS)


def _value(src, pos, n, parse_float, st):
    """The value at src[pos]; st[0] = the index after it."""
    c = src[pos] if pos < n else ''
    if c == '"':
        if src.startswith('"""', pos):
            return _multiline_str(src, pos, n, '"', st)
        return _basic_str(src, pos + 1, n, False, st)
    if c == "'":
        if src.startswith("'''", pos):
            return _multiline_str(src, pos, n, "'", st)
        end = _literal_until(src, pos + 1, n, "'", False)
        st[0] = end + 1
        return src[pos + 1:end]
    if c == 't' and src.startswith('true', pos):
        st[0] = pos + 4
        return True
    if c == 'f' and src.startswith('false', pos):
        st[0] = pos + 5
        return False
    if c == '[':
        return _array(src, pos, n, parse_float, st)
    if c == '{':
        return _inline_table(src, pos, n, parse_float, st)
    if c != '' and c in _DIGITS:
        moment = _date_or_time(src, pos, n, st)
        if st[0] >= 0:
            return moment
    number = _number(src, pos, n, parse_float, st)
    if st[0] >= 0:
        return number
    word = src[pos:pos + 3]
    if word == 'inf' or word == 'nan':
        st[0] = pos + 3
        return parse_float(word)
    word = src[pos:pos + 4]
    if word == '-inf' or word == '+inf' or word == '-nan' or word == '+nan':
        st[0] = pos + 4
        return parse_float(word)
    raise _error(src, pos, 'Invalid value')


def _key_value(src, pos, n, parse_float, st):
    """A `key = value` pair at src[pos] as (key, value); st[0] = the index after it."""
    key = _key(src, pos, n, st)
    pos = st[0]
    if pos >= n or src[pos] != '=':
        raise _error(src, pos, "Expected '=' after a key in a key/value pair")
    pos = _skip(src, pos + 1, n, _WS)
    return key, _value(src, pos, n, parse_float, st)


# ------------------------------------------------------------------ document


def _is_frozen(frozen, key):
    """Whether key or a table it lies in is an inline table or array (which no later line may change)."""
    for i in range(1, len(key) + 1):
        if key[:i] in frozen:
            return True
    return False


def _nest(root, key, through_arrays):
    """The table at key below root, made where missing; None where a value that is no table is in the way.

    through_arrays: a key part naming an array of tables means its last table."""
    cont = root
    for part in key:
        if part not in cont:
            cont[part] = {}
        inner = cont[part]
        if through_arrays and isinstance(inner, list):
            inner = inner[-1]
        if not isinstance(inner, dict):
            return None
        cont = inner
    return cont


def _forget_below(names, key):
    """Drops key and every key under it from the set names."""
    width = len(key)
    for other in list(names):
        if other[:width] == key:
            names.discard(other)


def loads(s, *, parse_float=_float):
    """Parse a TOML document (a str) into a dict."""
    if not isinstance(s, str):
        raise TypeError("Expected str object, not '" + type(s).__name__ + "'")
    src = s.replace('\r\n', '\n')
    n = len(src)
    root = {}
    # Tables declared by a [header] or [[header]], or opened by a dotted key
    # in an earlier section: no later header or dotted key may open them again.
    declared = set()
    # Tables opened by dotted keys in the current section (declared at the next header).
    pending = []
    # Inline tables and arrays given as values: nothing may add to them.
    frozen = set()
    header = ()
    st = [0]
    pos = 0
    while True:
        pos = _skip(src, pos, n, _WS)
        if pos >= n:
            break
        c = src[pos]
        if c == '\n':
            pos += 1
            continue
        if c in _BARE_KEY or c == '"' or c == "'":
            key, value = _key_value(src, pos, n, parse_float, st)
            pos = st[0]
            for i in range(1, len(key)):
                cont_key = header + key[:i]
                if cont_key in declared:
                    raise _error(src, pos, 'Cannot redefine namespace ' + repr(cont_key))
                pending.append(cont_key)
            parent = header + key[:-1]
            if _is_frozen(frozen, parent):
                raise _error(src, pos, 'Cannot mutate immutable namespace ' + repr(parent))
            nest = _nest(root, parent, True)
            if nest is None or key[-1] in nest:
                raise _error(src, pos, 'Cannot overwrite a value')
            if isinstance(value, dict) or isinstance(value, list):
                frozen.add(header + key)
            nest[key[-1]] = value
            pos = _skip(src, pos, n, _WS)
        elif c == '[':
            for cont_key in pending:
                declared.add(cont_key)
            pending = []
            if src.startswith('[[', pos):
                header = _key(src, _skip(src, pos + 2, n, _WS), n, st)
                pos = st[0]
                if _is_frozen(frozen, header):
                    raise _error(src, pos, 'Cannot mutate immutable namespace ' + repr(header))
                # A new table in the array: the keys of the previous one may be declared again.
                _forget_below(declared, header)
                _forget_below(frozen, header)
                declared.add(header)
                parent = _nest(root, header[:-1], True)
                if parent is None:
                    raise _error(src, pos, 'Cannot overwrite a value')
                stem = header[-1]
                if stem not in parent:
                    parent[stem] = [{}]
                else:
                    tables = parent[stem]
                    if not isinstance(tables, list):
                        raise _error(src, pos, 'Cannot overwrite a value')
                    tables.append({})
                if not src.startswith(']]', pos):
                    raise _error(src, pos, "Expected ']]' at the end of an array declaration")
                pos += 2
            else:
                header = _key(src, _skip(src, pos + 1, n, _WS), n, st)
                pos = st[0]
                if header in declared or _is_frozen(frozen, header):
                    raise _error(src, pos, 'Cannot declare ' + repr(header) + ' twice')
                declared.add(header)
                if _nest(root, header, True) is None:
                    raise _error(src, pos, 'Cannot overwrite a value')
                if not src.startswith(']', pos):
                    raise _error(src, pos, "Expected ']' at the end of a table declaration")
                pos += 1
            pos = _skip(src, pos, n, _WS)
        elif c != '#':
            raise _error(src, pos, 'Invalid statement')
        pos = _skip_comment(src, pos, n)
        if pos >= n:
            break
        if src[pos] != '\n':
            raise _error(src, pos, 'Expected newline or end of document after a statement')
        pos += 1
    return root


def load(fp, *, parse_float=_float):
    """Parse a TOML document from a file opened in binary mode ('rb')."""
    data = fp.read()
    if isinstance(data, str):
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`")
    return loads(data.decode(), parse_float=parse_float)
