"""CSV file reading and writing: the `csv` standard module (CPython 3.11's).

reader() and writer() follow the state machine and quoting rules of
CPython's _csv.c character for character; DictReader and DictWriter are
CPython's csv.py. Written in the subset of Python that AIthon compiles, and
compiled with the program that imports it.

Differences from CPython: dialects are named by a string ('excel',
'excel-tab', 'unix' or one given to register_dialect) or passed as the
object get_dialect returns, not as classes (csv.excel); no Sniffer and no
field_size_limit; QUOTE_NONNUMERIC treats ints and floats (and bools) as
numbers; an uncaught csv.Error prints as `Error` (CPython: `_csv.Error`).
"""

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE', 'Error', 'Dialect', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects', 'unregister_dialect', 'DictReader', 'DictWriter']

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3


class Error(Exception):
    pass


class Dialect:
    """The formatting parameters of a reader or writer (CPython's _csv.Dialect, validated the same way)."""

    def __init__(self, delimiter=',', quotechar='"', escapechar='', doublequote=True, skipinitialspace=False,
                 lineterminator='\r\n', quoting=QUOTE_MINIMAL, strict=False):
        _check_char('delimiter', delimiter, False)
        _check_char('quotechar', quotechar, True)
        _check_char('escapechar', escapechar, True)
        if quoting < 0 or quoting > 3:
            raise TypeError('bad "quoting" value')
        if quotechar == '' and quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        self.delimiter = delimiter
        self.quotechar = quotechar
        # '' stands for CPython's None (no escape character)
        self.escapechar = escapechar
        self.doublequote = doublequote
        self.skipinitialspace = skipinitialspace
        self.lineterminator = lineterminator
        self.quoting = quoting
        self.strict = strict


def _check_char(name, value, optional):
    if len(value) != 1 and not (optional and value == ''):
        raise TypeError('"%s" must be a 1-character string' % name)


_dialects = {
    'excel': Dialect(),
    'excel-tab': Dialect(delimiter='\t'),
    'unix': Dialect(lineterminator='\n', quoting=QUOTE_ALL),
}


def _char_param(value):
    # None (no such character) is kept as ''; a missing parameter is the string '<default>'
    return '' if value is None else value


def _make_dialect(dialect, delimiter, quotechar, escapechar, doublequote, skipinitialspace, lineterminator,
                  quoting, strict):
    base = get_dialect(dialect) if isinstance(dialect, str) else dialect
    return Dialect(base.delimiter if delimiter == '<default>' else delimiter,
                   base.quotechar if quotechar == '<default>' else _char_param(quotechar),
                   base.escapechar if escapechar == '<default>' else _char_param(escapechar),
                   base.doublequote if doublequote is None else doublequote,
                   base.skipinitialspace if skipinitialspace is None else skipinitialspace,
                   base.lineterminator if lineterminator == '<default>' else lineterminator,
                   base.quoting if quoting is None else quoting,
                   base.strict if strict is None else strict)


def register_dialect(name, dialect='excel', delimiter='<default>', quotechar='<default>', escapechar='<default>',
                     doublequote=None, skipinitialspace=None, lineterminator='<default>', quoting=None, strict=None):
    _dialects[name] = _make_dialect(dialect, delimiter, quotechar, escapechar, doublequote, skipinitialspace,
                                    lineterminator, quoting, strict)


def get_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    return _dialects[name]


def unregister_dialect(name):
    if name not in _dialects:
        raise Error('unknown dialect')
    del _dialects[name]


def list_dialects():
    return list(_dialects)


# The reader's states (_csv.c)
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

# What _csv.c calls EOL: the end of each line the iterator gives (never a character of a str here)
_EOL = ''


class _Reader:
    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            line = next(self._lines, None)
            if line is None:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error('unexpected end of data')
                    self._save_field()
                    break
                raise StopIteration
            if not isinstance(line, str):
                raise Error('iterator should return strings, not %s (the file should be opened in text mode)'
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                if c == '\0':
                    raise Error('line contains NUL')
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        return self._fields

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            self._fields.append(float(field))
        else:
            self._fields.append(field)

    def _end_of_line(self, c):
        self._save_field()
        self._state = _START_RECORD if c == _EOL else _EAT_CRNL

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c == _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = _START_FIELD
        if state == _START_FIELD:
            if c == '\n' or c == '\r' or c == _EOL:
                self._end_of_line(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                self._state = _START_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._field.append(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._field.append(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._field.append('\n' if c == _EOL else c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c == _EOL:
                return
            if c == '\n' or c == '\r' or c == _EOL:
                self._end_of_line(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._field.append(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c == _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._field.append(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._field.append('\n' if c == _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._field.append(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c == '\n' or c == '\r' or c == _EOL:
                self._end_of_line(c)
            elif not d.strict:
                self._field.append(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == _EOL:
                self._state = _START_RECORD
            elif c != '\n' and c != '\r':
                raise Error('new-line character seen in unquoted field - '
                            'do you need to open the file in universal-newline mode?')


def reader(csvfile, dialect='excel', delimiter='<default>', quotechar='<default>', escapechar='<default>',
           doublequote=None, skipinitialspace=None, lineterminator='<default>', quoting=None, strict=None):
    """Rows (lists of str; floats for unquoted fields under QUOTE_NONNUMERIC) of the lines csvfile iterates over."""
    return _Reader(csvfile, _make_dialect(dialect, delimiter, quotechar, escapechar, doublequote, skipinitialspace,
                                          lineterminator, quoting, strict))


class _Writer:
    def __init__(self, f, dialect):
        self._file = f
        self.dialect = dialect

    def _append(self, out, text, quoted):
        """Appends one field to out (_csv.c's join_append): escapes or quotes what needs it."""
        d = self.dialect
        chars = []
        for c in text:
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in d.lineterminator:
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            chars.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar == '':
                        raise Error('need to escape, but no escapechar set')
                    chars.append(d.escapechar)
            chars.append(c)
        if out:
            out.append(d.delimiter)
        if quoted:
            out.append(d.quotechar + ''.join(chars) + d.quotechar)
        else:
            out.append(''.join(chars))

    def writerow(self, row):
        d = self.dialect
        try:
            fields_of_row = iter(row)
        except TypeError:
            raise Error('iterable expected, not %s' % type(row).__name__)
        out = []
        fields = 0
        for field in fields_of_row:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not isinstance(field, (int, float))
            else:
                quoted = d.quoting == QUOTE_ALL
            text = '' if field is None else field if isinstance(field, str) else str(field)
            self._append(out, text, quoted)
            fields += 1
        if fields == 1 and out[0] == '':
            # a single empty field would read back as an empty line
            if d.quoting == QUOTE_NONE:
                raise Error('single empty field record must be quoted')
            out[0] = d.quotechar + d.quotechar
        return self._file.write(''.join(out) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', delimiter='<default>', quotechar='<default>', escapechar='<default>',
           doublequote=None, skipinitialspace=None, lineterminator='<default>', quoting=None, strict=None):
    """Writes rows (iterables of str, numbers, None...) to csvfile, any object with write(str)."""
    return _Writer(csvfile, _make_dialect(dialect, delimiter, quotechar, escapechar, doublequote, skipinitialspace,
                                          lineterminator, quoting, strict))


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect='excel', delimiter='<default>',
                 quotechar='<default>', escapechar='<default>', doublequote=None, skipinitialspace=None,
                 lineterminator='<default>', quoting=None, strict=None):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, delimiter, quotechar, escapechar, doublequote, skipinitialspace,
                             lineterminator, quoting, strict)
        self.dialect = self.reader.dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            self._fieldnames = next(self.reader, None)
        self.line_num = self.reader.line_num
        return self._fieldnames

    def __next__(self):
        if self.line_num == 0:
            # read for its side effect: the header row
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        # blank lines are skipped, not rows full of restval
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        lf = len(names)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in names[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval='', extrasaction='raise', dialect='excel', delimiter='<default>',
                 quotechar='<default>', escapechar='<default>', doublequote=None, skipinitialspace=None,
                 lineterminator='<default>', quoting=None, strict=None):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ('raise', 'ignore'):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction.lower()
        self.writer = writer(f, dialect, delimiter, quotechar, escapechar, doublequote, skipinitialspace,
                             lineterminator, quoting, strict)

    def writeheader(self):
        return self.writer.writerow(list(self.fieldnames))

    def _dict_to_list(self, rowdict):
        if self.extrasaction == 'raise':
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError('dict contains fields not in fieldnames: ' + ', '.join([repr(x) for x in wrong_fields]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        for rowdict in rowdicts:
            self.writerow(rowdict)
