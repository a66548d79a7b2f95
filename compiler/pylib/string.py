"""The Python-written part of the `string` standard module (CPython 3.11's).

The constants (ascii_letters, digits, ...) are the compiler's own
(compiler/src/stdlib.ts); Template and capwords come from this file,
compiled with the program that imports them.

Differences from CPython, forced by what the compiler supports:
- Template's delimiter and idpattern cannot be overridden in a subclass
  (they are fixed to '$' and CPython's default identifier pattern).
- substitute()/safe_substitute() take a dict and/or keyword arguments;
  other mappings are not supported.
"""

__all__ = ['Template', 'capwords']


def capwords(s, sep=''):
    """Splits s into words (by sep, or runs of whitespace), capitalizes each and joins them."""
    if sep:
        return sep.join([w.capitalize() for w in s.split(sep)])
    return ' '.join([w.capitalize() for w in s.split()])


def _is_id_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_id_char(c):
    return _is_id_start(c) or ('0' <= c <= '9')


def _scan_placeholder(t, k):
    """The placeholder after a '$' at k - 1 (name or {name}): (start, end, stop), its name
    being t[start:end] and stop where the text after it begins; an invalid one has start == end."""
    n = len(t)
    braced = k < n and t[k] == '{'
    start = k + 1 if braced else k
    end = start
    if end < n and _is_id_start(t[end]):
        end += 1
        while end < n and _is_id_char(t[end]):
            end += 1
    if not braced:
        return (start, end, end)
    if end >= n or t[end] != '}':
        return (start, start, k)
    return (start, end, end + 1)


class Template:
    """A string with $-substitutions (PEP 292)."""

    def __init__(self, template):
        self.template = template
        self.delimiter = '$'

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _render(self, values, kws, safe):
        t = self.template
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find('$', i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + 1
            if k < n and t[k] == '$':
                out.append('$')
                i = k + 1
                continue
            start, end, stop = _scan_placeholder(t, k)
            if end == start:
                if not safe:
                    self._invalid(k)
                out.append('$')
                i = k
                continue
            name = t[start:end]
            if name in kws:
                out.append(str(kws[name]))
            elif name in values:
                out.append(str(values[name]))
            elif safe:
                out.append(t[j:stop])
            else:
                raise KeyError(name)
            i = stop
        return ''.join(out)

    def substitute(self, mapping={}, **kws):
        return self._render(mapping, kws, False)

    def safe_substitute(self, mapping={}, **kws):
        return self._render(mapping, kws, True)

    def is_valid(self):
        t = self.template
        i = 0
        n = len(t)
        while i < n:
            j = t.find('$', i)
            if j < 0:
                return True
            k = j + 1
            if k < n and t[k] == '$':
                i = k + 1
                continue
            start, end, stop = _scan_placeholder(t, k)
            if end == start:
                return False
            i = stop
        return True

    def get_identifiers(self):
        ids = []
        t = self.template
        i = 0
        n = len(t)
        while i < n:
            j = t.find('$', i)
            if j < 0:
                break
            k = j + 1
            if k < n and t[k] == '$':
                i = k + 1
                continue
            start, end, stop = _scan_placeholder(t, k)
            if end == start:
                i = k
                continue
            name = t[start:end]
            if name not in ids:
                ids.append(name)
            i = stop
        return ids
