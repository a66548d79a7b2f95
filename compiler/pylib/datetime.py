"""Dates, times and durations: the `datetime` standard module (CPython 3.11's), naive only.

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. The calendar arithmetic is CPython's (_pydatetime):
proleptic Gregorian ordinals, timedelta normalised to days, seconds and
microseconds.

Differences from CPython, forced by what the compiler supports or left out:
- No time zones (tzinfo, timezone, utcoffset, astimezone), no `time` class.
  timestamp(), fromtimestamp() and timetuple() take naive datetimes as local
  times, through the time module (the C library's zone: TZ, else
  /etc/localtime); times in a DST gap or fold resolve as C's mktime does.
- isocalendar()'s IsoCalendarDate is a class with year/week/weekday, indexing,
  iteration, len, == and its repr, not a tuple (isinstance(x, tuple) is False).
- Class attributes min/max/resolution are not provided.
- strptime() understands %Y %y %m %d %H %I %p %M %S %f %j %b %B %a %A %%
  (names in English, as in the C locale).
- now()/today() read the local time through time.strftime, to the second,
  with the microseconds from time.time().
"""

import time as _time

__all__ = ['date', 'datetime', 'timedelta', 'MINYEAR', 'MAXYEAR']

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

_DAYS_BEFORE_MONTH = [-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

_MONTHNAMES = ['', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_FULL_MONTHNAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
                    'September', 'October', 'November', 'December']
_DAYNAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_FULL_DAYNAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

_DI400Y = 146097   # days in 400 years
_DI100Y = 36524    # days in 100 years
_DI4Y = 1461       # days in 4 years

_US_PER_DAY = 86400000000


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and _is_leap(year) else 0)


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    """The (year, month, day) of the proleptic Gregorian ordinal n (CPython's algorithm)."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and leapyear else 0)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (1 if month == 2 and leapyear else 0)
    n -= preceding
    return year, month, n + 1


def _check_date_fields(year, month, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year %d is out of range' % year)
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')


def _check_time_fields(hour, minute, second, microsecond):
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')


def _divide_and_round(a, b):
    """a / b rounded to the nearest int, half to even (CPython's)."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


def _format_time(hh, mm, ss, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return '%02d' % hh
    if timespec == 'minutes':
        return '%02d:%02d' % (hh, mm)
    if timespec == 'seconds':
        return '%02d:%02d:%02d' % (hh, mm, ss)
    if timespec == 'milliseconds':
        return '%02d:%02d:%02d.%03d' % (hh, mm, ss, us // 1000)
    if timespec == 'microseconds':
        return '%02d:%02d:%02d.%06d' % (hh, mm, ss, us)
    raise ValueError('Unknown timespec value')


def _strftime(fmt, year, month, day, hour, minute, second, microsecond, weekday, yday):
    """C strftime's codes in the C locale, for a naive date and time."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        i += 1
        if ch != '%' or i >= n:
            out.append(ch)
            continue
        c = fmt[i]
        i += 1
        if c == 'Y':
            out.append('%d' % year if year >= 1000 else '%d' % year)
        elif c == 'y':
            out.append('%02d' % (year % 100))
        elif c == 'm':
            out.append('%02d' % month)
        elif c == 'd':
            out.append('%02d' % day)
        elif c == 'e':
            out.append('%2d' % day)
        elif c == 'H':
            out.append('%02d' % hour)
        elif c == 'I':
            out.append('%02d' % (hour % 12 if hour % 12 else 12))
        elif c == 'p':
            out.append('AM' if hour < 12 else 'PM')
        elif c == 'M':
            out.append('%02d' % minute)
        elif c == 'S':
            out.append('%02d' % second)
        elif c == 'f':
            out.append('%06d' % microsecond)
        elif c == 'a':
            out.append(_DAYNAMES[weekday])
        elif c == 'A':
            out.append(_FULL_DAYNAMES[weekday])
        elif c == 'w':
            out.append('%d' % ((weekday + 1) % 7))
        elif c == 'u':
            out.append('%d' % (weekday + 1))
        elif c == 'b' or c == 'h':
            out.append(_MONTHNAMES[month])
        elif c == 'B':
            out.append(_FULL_MONTHNAMES[month])
        elif c == 'j':
            out.append('%03d' % yday)
        elif c == 'U':
            out.append('%02d' % ((yday + 6 - (weekday + 1) % 7) // 7))
        elif c == 'W':
            out.append('%02d' % ((yday + 6 - weekday) // 7))
        elif c == 'c':
            out.append('%s %s %2d %02d:%02d:%02d %d' % (_DAYNAMES[weekday], _MONTHNAMES[month], day, hour, minute, second, year))
        elif c == 'x':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif c == 'X':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif c == 'D':
            out.append('%02d/%02d/%02d' % (month, day, year % 100))
        elif c == 'F':
            out.append('%d-%02d-%02d' % (year, month, day))
        elif c == 'T':
            out.append('%02d:%02d:%02d' % (hour, minute, second))
        elif c == 'R':
            out.append('%02d:%02d' % (hour, minute))
        elif c == 'n':
            out.append('\n')
        elif c == 't':
            out.append('\t')
        elif c == 'z' or c == 'Z':
            out.append('')
        elif c == '%':
            out.append('%')
        else:
            out.append('%' + c)
    return ''.join(out)


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999), normalised."""

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = (days * _US_PER_DAY + seconds * 1000000 + microseconds + milliseconds * 1000
                 + minutes * 60000000 + hours * 3600000000 + weeks * 7 * _US_PER_DAY)
        us = round(total)
        d, rem = divmod(us, _US_PER_DAY)
        s, u = divmod(rem, 1000000)
        if abs(d) > 999999999:
            raise OverflowError('days=%d; must have magnitude <= 999999999' % d)
        self.days = d
        self.seconds = s
        self.microseconds = u

    def _to_microseconds(self):
        return (self.days * 86400 + self.seconds) * 1000000 + self.microseconds

    def total_seconds(self):
        """Total seconds in the duration."""
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        args = []
        if self.days:
            args.append('days=%d' % self.days)
        if self.seconds:
            args.append('seconds=%d' % self.seconds)
        if self.microseconds:
            args.append('microseconds=%d' % self.microseconds)
        if not args:
            args.append('0')
        return 'datetime.timedelta(%s)' % ', '.join(args)

    def __str__(self):
        mm, ss = divmod(self.seconds, 60)
        hh, mm = divmod(mm, 60)
        s = '%d:%02d:%02d' % (hh, mm, ss)
        if self.days:
            s = ('%d day%s, ' % (self.days, 's' if abs(self.days) != 1 else '')) + s
        if self.microseconds:
            s = s + '.%06d' % self.microseconds
        return s

    def __add__(self, other):
        if isinstance(other, date):
            # CPython's timedelta.__add__ returns NotImplemented here, so date.__radd__ runs.
            return other + self
        return timedelta(0, 0, self._to_microseconds() + other._to_microseconds())

    def __sub__(self, other):
        return timedelta(0, 0, self._to_microseconds() - other._to_microseconds())

    def __neg__(self):
        return timedelta(0, 0, -self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self.days < 0 else self

    def __mul__(self, other):
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta(0, 0, _divide_and_round(self._to_microseconds() * a, b))
        return timedelta(0, 0, self._to_microseconds() * other)

    def __rmul__(self, other):
        return self.__mul__(other)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        return timedelta(0, 0, self._to_microseconds() // other)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() / other._to_microseconds()
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta(0, 0, _divide_and_round(b * self._to_microseconds(), a))
        return timedelta(0, 0, _divide_and_round(self._to_microseconds(), other))

    def __mod__(self, other):
        return timedelta(0, 0, self._to_microseconds() % other._to_microseconds())

    def __eq__(self, other):
        if not isinstance(other, timedelta):
            return False
        return self._to_microseconds() == other._to_microseconds()

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._to_microseconds() < other._to_microseconds()

    def __le__(self, other):
        return self._to_microseconds() <= other._to_microseconds()

    def __gt__(self, other):
        return self._to_microseconds() > other._to_microseconds()

    def __ge__(self, other):
        return self._to_microseconds() >= other._to_microseconds()

    def __hash__(self):
        return hash((self.days, self.seconds, self.microseconds))

    def __bool__(self):
        return self.days != 0 or self.seconds != 0 or self.microseconds != 0


def _isoweek1monday(year):
    """The ordinal of the Monday of ISO week 1 of `year`."""
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > 3:
        week1monday += 7
    return week1monday


class IsoCalendarDate:
    """What date.isocalendar() returns: year, week and weekday, also by index."""

    def __init__(self, year, week, weekday):
        self.year = year
        self.week = week
        self.weekday = weekday

    def _fields(self):
        return (self.year, self.week, self.weekday)

    def __getitem__(self, i):
        return self._fields()[i]

    def __iter__(self):
        return iter(self._fields())

    def __len__(self):
        return 3

    def __eq__(self, other):
        if isinstance(other, IsoCalendarDate):
            return self._fields() == other._fields()
        return self._fields() == other

    def __hash__(self):
        return hash(self._fields())

    def __repr__(self):
        return 'datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)' % (self.year, self.week, self.weekday)


def _parse_isodate(s):
    """[year, month, day] from YYYY-MM-DD or YYYYMMDD, as date.fromisoformat reads them; [] if malformed."""
    if len(s) == 10 and s[4] == '-' and s[7] == '-':
        ys, ms, ds = s[0:4], s[5:7], s[8:10]
    elif len(s) == 8:
        ys, ms, ds = s[0:4], s[4:6], s[6:8]
    else:
        return []
    if not (ys.isdigit() and ms.isdigit() and ds.isdigit() and ys.isascii() and ms.isascii() and ds.isascii()):
        return []
    return [int(ys), int(ms), int(ds)]


def _parse_isotime(s):
    """[hour, minute, second, microsecond] from HH[:MM[:SS[.fff[fff]]]] (colons optional); [] if malformed."""
    parts = [0, 0, 0, 0]
    i = 0
    n = len(s)
    field = 0
    while field < 3 and i < n:
        if field > 0 and s[i] == ':':
            i += 1
        piece = s[i:i + 2]
        if len(piece) != 2 or not piece.isdigit() or not piece.isascii():
            return []
        parts[field] = int(piece)
        i += 2
        field += 1
    if i < n:
        if field < 3 or (s[i] != '.' and s[i] != ','):
            return []
        frac = s[i + 1:]
        if not frac or not frac.isdigit() or not frac.isascii():
            return []
        digits = frac[:6]
        parts[3] = int(digits) * 10 ** (6 - len(digits))
    return parts


class date:
    """A naive calendar date (proleptic Gregorian)."""

    def __init__(self, year, month, day):
        _check_date_fields(year, month, day)
        self.year = year
        self.month = month
        self.day = day

    @classmethod
    def today(cls):
        """The current local date."""
        fields = _time.strftime('%Y %m %d').split()
        return date(int(fields[0]), int(fields[1]), int(fields[2]))

    @classmethod
    def fromordinal(cls, n):
        """The date of the proleptic Gregorian ordinal n (January 1 of year 1 is day 1)."""
        if not 1 <= n <= 3652059:
            raise ValueError('ordinal must be in 1..3652059')
        y, m, d = _ord2ymd(n)
        return date(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """A date from YYYY-MM-DD (or YYYYMMDD)."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        ymd = _parse_isodate(date_string)
        if not ymd:
            raise ValueError('Invalid isoformat string: %r' % date_string)
        return date(ymd[0], ymd[1], ymd[2])

    def toordinal(self):
        return _ymd2ord(self.year, self.month, self.day)

    def weekday(self):
        """Monday is 0, Sunday is 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        """Monday is 1, Sunday is 7."""
        return self.toordinal() % 7 or 7

    def isoformat(self):
        return '%04d-%02d-%02d' % (self.year, self.month, self.day)

    def ctime(self):
        return '%s %s %2d 00:00:00 %04d' % (_DAYNAMES[self.weekday()], _MONTHNAMES[self.month], self.day, self.year)

    def strftime(self, fmt):
        yday = self.toordinal() - _ymd2ord(self.year, 1, 1) + 1
        return _strftime(fmt, self.year, self.month, self.day, 0, 0, 0, 0, self.weekday(), yday)

    def __format__(self, fmt):
        return self.strftime(fmt) if fmt else str(self)

    def replace(self, year=0, month=0, day=0):
        return date(year or self.year, month or self.month, day or self.day)

    def isocalendar(self):
        """(ISO year, ISO week number, ISO weekday), as CPython's: week 1 holds the year's first Thursday."""
        year = self.year
        week1monday = _isoweek1monday(year)
        today = _ymd2ord(self.year, self.month, self.day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _isoweek1monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _isoweek1monday(year + 1):
                year += 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return 'datetime.date(%d, %d, %d)' % (self.year, self.month, self.day)

    def __add__(self, other):
        o = self.toordinal() + other.days
        if 0 < o <= 3652059:
            return date.fromordinal(o)
        raise OverflowError('result out of range')

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        return timedelta(self.toordinal() - other.toordinal())

    def _key(self):
        return (self.year, self.month, self.day)

    def __eq__(self, other):
        if not isinstance(other, date):
            return False
        return self._key() == other._key()

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return self._key() > other._key()

    def __ge__(self, other):
        return self._key() >= other._key()

    def __hash__(self):
        return hash(self._key())


def _parse_number(s, i, width_min, width_max):
    """Digits at s[i:], at least width_min and at most width_max of them: (value, end) or (-1, i)."""
    j = i
    while j < len(s) and j - i < width_max and '0' <= s[j] <= '9':
        j += 1
    if j - i < width_min:
        return -1, i
    return int(s[i:j]), j


def _parse_name(s, i, names):
    """The index in names of the (case-insensitive) name at s[i:], the longest match: (index, end) or (-1, i)."""
    best = -1
    best_len = 0
    low = s.lower()
    for k in range(len(names)):
        name = names[k].lower()
        if name and len(name) > best_len and low.startswith(name, i):
            best = k
            best_len = len(name)
    return best, i + best_len


def _strptime(data_string, fmt):
    """[year, month, day, hour, minute, second, microsecond] parsed from data_string by fmt."""
    year = 1900
    month = 1
    day = 1
    hour = 0
    minute = 0
    second = 0
    micro = 0
    yday = -1
    pm = -1
    i = 0
    k = 0
    n = len(data_string)
    ok = True
    while k < len(fmt) and ok:
        c = fmt[k]
        if c == '%' and k + 1 < len(fmt):
            code = fmt[k + 1]
            k += 2
            v = -1
            if code == 'Y':
                v, i = _parse_number(data_string, i, 4, 4)
                year = v
            elif code == 'y':
                v, i = _parse_number(data_string, i, 2, 2)
                year = v + (2000 if v < 69 else 1900)
            elif code == 'm':
                v, i = _parse_number(data_string, i, 1, 2)
                month = v
                if v < 1 or v > 12:
                    v = -1
            elif code == 'd':
                v, i = _parse_number(data_string, i, 1, 2)
                day = v
                if v < 1 or v > 31:
                    v = -1
            elif code == 'H':
                v, i = _parse_number(data_string, i, 1, 2)
                hour = v
                if v > 23:
                    v = -1
            elif code == 'I':
                v, i = _parse_number(data_string, i, 1, 2)
                hour = v
                if v < 1 or v > 12:
                    v = -1
            elif code == 'M':
                v, i = _parse_number(data_string, i, 1, 2)
                minute = v
                if v > 59:
                    v = -1
            elif code == 'S':
                v, i = _parse_number(data_string, i, 1, 2)
                second = v
                if v > 61:
                    v = -1
            elif code == 'f':
                start = i
                v, i = _parse_number(data_string, i, 1, 6)
                if v >= 0:
                    micro = v * 10 ** (6 - (i - start))
            elif code == 'j':
                v, i = _parse_number(data_string, i, 1, 3)
                yday = v
                if v < 1 or v > 366:
                    v = -1
            elif code == 'p':
                v, i = _parse_name(data_string, i, ['AM', 'PM'])
                pm = v
            elif code == 'b' or code == 'h':
                v, i = _parse_name(data_string, i, _FULL_MONTHNAMES)
                if v < 0:
                    v, i = _parse_name(data_string, i, _MONTHNAMES)
                month = v
            elif code == 'B':
                v, i = _parse_name(data_string, i, _FULL_MONTHNAMES)
                if v < 0:
                    v, i = _parse_name(data_string, i, _MONTHNAMES)
                month = v
            elif code == 'a' or code == 'A':
                v, i = _parse_name(data_string, i, _FULL_DAYNAMES)
                if v < 0:
                    v, i = _parse_name(data_string, i, _DAYNAMES)
            elif code == '%':
                if i < n and data_string[i] == '%':
                    v = 0
                    i += 1
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (code, fmt))
            if v < 0:
                ok = False
        elif c.isspace():
            # Whitespace in the format matches one or more whitespace characters.
            k += 1
            while k < len(fmt) and fmt[k].isspace():
                k += 1
            if i < n and data_string[i].isspace():
                while i < n and data_string[i].isspace():
                    i += 1
            else:
                ok = False
        else:
            k += 1
            if i < n and data_string[i].lower() == c.lower():
                i += 1
            else:
                ok = False
    if not ok:
        raise ValueError('time data %r does not match format %r' % (data_string, fmt))
    if i < n:
        raise ValueError('unconverted data remains: %s' % data_string[i:])
    if pm >= 0:
        if pm == 1 and hour != 12:
            hour += 12
        elif pm == 0 and hour == 12:
            hour = 0
    if yday >= 1:
        y, m, d = _ord2ymd(_days_before_year(year) + yday)
        month = m
        day = d
    return [year, month, day, hour, minute, second, micro]


class datetime(date):
    """A naive date and time of day, to the microsecond."""

    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0):
        _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond)
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond

    @classmethod
    def now(cls):
        """The current local date and time."""
        fields = _time.strftime('%Y %m %d %H %M %S').split()
        micro = int(_time.time() * 1000000) % 1000000
        return datetime(int(fields[0]), int(fields[1]), int(fields[2]),
                        int(fields[3]), int(fields[4]), int(fields[5]), micro)

    @classmethod
    def today(cls):
        return datetime.now()

    @classmethod
    def fromtimestamp(cls, t):
        """The local date and time of t seconds since the epoch (CPython's _fromtimestamp, naive)."""
        return cls._from_seconds(t, True)

    @classmethod
    def utcfromtimestamp(cls, t):
        """The UTC date and time of t seconds since the epoch, naive."""
        return cls._from_seconds(t, False)

    @classmethod
    def _from_seconds(cls, t, local):
        whole = float(t) // 1.0 if isinstance(t, float) else t
        frac = t - whole
        us = round(frac * 1e6)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        tm = _time.localtime(whole) if local else _time.gmtime(whole)
        return datetime(tm.tm_year, tm.tm_mon, tm.tm_mday, tm.tm_hour, tm.tm_min, min(tm.tm_sec, 59), int(us))

    def timestamp(self):
        """Seconds since the epoch of this naive datetime taken as local time (mktime), with its microseconds."""
        s = _time.mktime((self.year, self.month, self.day, self.hour, self.minute, self.second, -1, -1, -1))
        return s + self.microsecond / 1e6

    def timetuple(self):
        """time.struct_time of this naive datetime (tm_isdst -1)."""
        yday = self.toordinal() - _ymd2ord(self.year, 1, 1) + 1
        return _time.struct_time((self.year, self.month, self.day, self.hour, self.minute, self.second, self.weekday(), yday, -1))

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= 3652059:
            raise ValueError('ordinal must be in 1..3652059')
        y, m, d = _ord2ymd(n)
        return datetime(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        """A datetime from YYYY-MM-DD[(T| )HH[:MM[:SS[.ffffff]]]]."""
        if not isinstance(date_string, str):
            raise TypeError('fromisoformat: argument must be str')
        s = date_string
        ymd = _parse_isodate(s[0:10]) if len(s) >= 10 and s[4:5] == '-' else _parse_isodate(s[0:8])
        if not ymd:
            raise ValueError('Invalid isoformat string: %r' % date_string)
        rest = s[10:] if s[4:5] == '-' else s[8:]
        hms = [0, 0, 0, 0]
        if rest:
            t = _parse_isotime(rest[1:])
            if not t or len(rest) < 3:
                raise ValueError('Invalid isoformat string: %r' % date_string)
            hms = t
        _check_date_fields(ymd[0], ymd[1], ymd[2])
        return datetime(ymd[0], ymd[1], ymd[2], hms[0], hms[1], hms[2], hms[3])

    @classmethod
    def strptime(cls, date_string, format):
        """A datetime parsed from date_string by a strftime-style format."""
        f = _strptime(date_string, format)
        return datetime(f[0], f[1], f[2], f[3], f[4], f[5], f[6])

    def date(self):
        return date(self.year, self.month, self.day)

    def isoformat(self, sep='T', timespec='auto'):
        return '%04d-%02d-%02d%s%s' % (self.year, self.month, self.day, sep,
                                       _format_time(self.hour, self.minute, self.second, self.microsecond, timespec))

    def ctime(self):
        return '%s %s %2d %02d:%02d:%02d %04d' % (_DAYNAMES[self.weekday()], _MONTHNAMES[self.month], self.day,
                                                   self.hour, self.minute, self.second, self.year)

    def strftime(self, fmt):
        yday = self.toordinal() - _ymd2ord(self.year, 1, 1) + 1
        return _strftime(fmt, self.year, self.month, self.day, self.hour, self.minute, self.second,
                         self.microsecond, self.weekday(), yday)

    def replace(self, year=0, month=0, day=0, hour=-1, minute=-1, second=-1, microsecond=-1):
        return datetime(year or self.year, month or self.month, day or self.day,
                        self.hour if hour < 0 else hour, self.minute if minute < 0 else minute,
                        self.second if second < 0 else second,
                        self.microsecond if microsecond < 0 else microsecond)

    def __str__(self):
        return self.isoformat(' ')

    def __repr__(self):
        fields = [self.year, self.month, self.day, self.hour, self.minute, self.second, self.microsecond]
        if fields[6] == 0:
            fields.pop()
            if fields[5] == 0:
                fields.pop()
        return 'datetime.datetime(%s)' % ', '.join([str(v) for v in fields])

    def _us_of_day(self):
        return ((self.hour * 60 + self.minute) * 60 + self.second) * 1000000 + self.microsecond

    def _total_us(self):
        return self.toordinal() * _US_PER_DAY + self._us_of_day()

    def __add__(self, other):
        total = self._total_us() + other._to_microseconds()
        days, us = divmod(total, _US_PER_DAY)
        if not 0 < days <= 3652059:
            raise OverflowError('date value out of range')
        y, m, d = _ord2ymd(days)
        secs, micro = divmod(us, 1000000)
        mins, s = divmod(secs, 60)
        h, mi = divmod(mins, 60)
        return datetime(y, m, d, h, mi, s, micro)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + (-other)
        return timedelta(0, 0, self._total_us() - other._total_us())

    def _key(self):
        # What date's comparisons and __hash__ (inherited) compare for a datetime.
        return (self.year, self.month, self.day, self.hour, self.minute, self.second, self.microsecond)

    def __eq__(self, other):
        if not isinstance(other, datetime):
            return False
        return self._key() == other._key()
