"""The Python-written part of the `string` standard module (CPython 3.11's).

The constants (ascii_letters, digits, ...) are the compiler's own
(compiler/src/stdlib.ts); Template and capwords come from this file,
compiled with the program that imports them.

Differences from CPython, forced by what the compiler supports:
- A subclass may set delimiter, idpattern and braceidpattern (matched with
  re.IGNORECASE, CPython's default flags); overriding flags or the whole
  pattern has no effect, and the class has no `pattern` attribute.
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

    delimiter = '$'
    # CPython's default, matched case-insensitively (flags = re.IGNORECASE): by _scan_placeholder, without re.
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _id_end(self, pattern, t, start):
        """Where a placeholder name matched by a subclass's `pattern` ends (re.IGNORECASE, as CPython's flags), or -1."""
        import re
        m = re.compile(pattern, re.IGNORECASE).match(t, start)
        return -1 if m is None else m.end()

    def _placeholder(self, t, k):
        """The placeholder after a delimiter ending at k: (start, end, stop) as _scan_placeholder gives it."""
        if self.idpattern == Template.idpattern and self.braceidpattern is None:
            return _scan_placeholder(t, k)
        n = len(t)
        end = self._id_end(self.idpattern, t, k)
        if end >= 0:
            return (k, end, end)
        if k < n and t[k] == '{':
            bid = self.braceidpattern if self.braceidpattern is not None else self.idpattern
            end = self._id_end(bid, t, k + 1)
            if end >= 0 and end < n and t[end] == '}':
                return (k + 1, end, end + 1)
        return (k, k, k)

    def _scan(self):
        """(j, k, start, end, stop) for each delimiter at j (its text ending at k): an escaped one has
        start == end == -1, an invalid one start == end, a placeholder its name at t[start:end]."""
        t = self.template
        d = self.delimiter
        i = 0
        n = len(t)
        while i < n:
            j = t.find(d, i)
            if j < 0:
                return
            k = j + len(d)
            if t.startswith(d, k):
                yield (j, k, -1, -1, k + len(d))
                i = k + len(d)
                continue
            start, end, stop = self._placeholder(t, k)
            yield (j, k, start, end, stop)
            i = stop if end != start else k

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
        for j, k, start, end, stop in self._scan():
            out.append(t[i:j])
            if start < 0:
                out.append(self.delimiter)
            elif end == start:
                if not safe:
                    self._invalid(k)
                out.append(self.delimiter)
                stop = k
            else:
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
        out.append(t[i:])
        return ''.join(out)

    def substitute(self, mapping={}, **kws):
        return self._render(mapping, kws, False)

    def safe_substitute(self, mapping={}, **kws):
        return self._render(mapping, kws, True)

    def is_valid(self):
        for j, k, start, end, stop in self._scan():
            if start >= 0 and end == start:
                return False
        return True

    def get_identifiers(self):
        ids = []
        for j, k, start, end, stop in self._scan():
            if start >= 0 and end != start:
                name = self.template[start:end]
                if name not in ids:
                    ids.append(name)
        return ids
