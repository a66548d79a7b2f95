"""The Python-written part of the `time` standard module.

The compiler implements the clocks (time, perf_counter, monotonic,
process_time and their _ns forms) and sleep natively (compiler/src/stdlib.ts);
the broken-down times come from here, over the C library's gmtime_r,
localtime_r, mktime and strftime (runtime/src/stdlib/time.c), as CPython's
do: the local zone is the C library's (the TZ variable, else /etc/localtime).

Differences: struct_time is a class of its own, not a tuple subclass
(indexing, len, iteration, tuple(), == against tuples and struct_times work;
slicing does not); no time.tzname/timezone/altzone, asctime or ctime.
"""

from _aithon_time import tm_tuple as _tm_tuple, strftime_tuple as _strftime_tuple, mktime as _mktime

__all__ = ['struct_time', 'gmtime', 'localtime', 'mktime', 'strftime']


class struct_time:
    """The time tuple of gmtime() and localtime(): nine fields, with tm_zone and tm_gmtoff."""

    n_fields = 11
    n_sequence_fields = 9
    n_unnamed_fields = 0

    def __init__(self, fields):
        if len(fields) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (" + str(len(fields)) + "-sequence given)")
        self.tm_year = fields[0]
        self.tm_mon = fields[1]
        self.tm_mday = fields[2]
        self.tm_hour = fields[3]
        self.tm_min = fields[4]
        self.tm_sec = fields[5]
        self.tm_wday = fields[6]
        self.tm_yday = fields[7]
        self.tm_isdst = fields[8]
        self.tm_zone = fields[9] if len(fields) > 9 else None
        self.tm_gmtoff = fields[10] if len(fields) > 10 else None

    def _items(self):
        return (self.tm_year, self.tm_mon, self.tm_mday, self.tm_hour, self.tm_min, self.tm_sec,
                self.tm_wday, self.tm_yday, self.tm_isdst)

    def _fields_for_c(self):
        return self._items() + (self.tm_zone, self.tm_gmtoff)

    def __repr__(self):
        return ("time.struct_time(tm_year=%d, tm_mon=%d, tm_mday=%d, tm_hour=%d, tm_min=%d, tm_sec=%d, "
                "tm_wday=%d, tm_yday=%d, tm_isdst=%d)" % self._items())

    def __len__(self):
        return 9

    def __getitem__(self, index):
        return self._items()[index]

    def __iter__(self):
        return iter(self._items())

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._items() == other
        if isinstance(other, struct_time):
            return self._items() == other._items()
        return NotImplemented

    def __hash__(self):
        return hash(self._items())


def gmtime(secs=None):
    """The UTC time of secs seconds since the epoch (now when None)."""
    return struct_time(_tm_tuple(secs, False))


def localtime(secs=None):
    """The local time of secs seconds since the epoch (now when None)."""
    return struct_time(_tm_tuple(secs, True))


def _time_fields(t):
    if isinstance(t, struct_time):
        return t._fields_for_c()
    return tuple(t)


def mktime(t):
    """The inverse of localtime(): seconds since the epoch, as a float."""
    return _mktime(_time_fields(t))


def strftime(format, t=None):
    """Format a time tuple (the local time now when not given) with C's strftime codes."""
    if t is None:
        t = localtime()
    return _strftime_tuple(format, _time_fields(t))
