"""Logging to streams: the core of the `logging` standard module (CPython 3.11's).

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. Loggers form CPython's dotted hierarchy under the
root logger (level WARNING); a record passes the logger's effective level
and filters, then every handler up the hierarchy while `propagate` holds,
and the last-resort handler (WARNING and above, the bare message, to
sys.stderr) when none was found. basicConfig() and the module-level
functions (logging.info...) configure the root logger as CPython does: a
StreamHandler to sys.stderr with the format `%(levelname)s:%(name)s:%(message)s`.

Differences from CPython, forced by what the compiler supports:
- records have no source location or process/thread fields: `%(lineno)d`,
  `%(funcName)s`, `%(pathname)s`, `%(module)s`, `%(process)d`,
  `%(thread)d` format as 0 or '' (module: '__main__'); `%(created)f` and
  `%(asctime)s` are the time of the call, as in CPython.
- exception() and exc_info=True add the traceback of the exception being
  handled, exc_info=exc that of exc, as the runtime prints tracebacks (no
  `~~^~~` marker lines under the source lines); exc_info given as the tuple
  sys.exc_info() returns, that of its exception.
- basicConfig() and the logging calls spell out their keyword arguments;
  `extra=` sets only the names the formatter reads through the record's
  `extra` dict; no dictConfig/fileConfig, no LoggerAdapter, no rotating
  handlers.
"""

import sys
import time
import traceback

__all__ = ['CRITICAL', 'DEBUG', 'ERROR', 'FATAL', 'INFO', 'NOTSET', 'WARN', 'WARNING',
           'Filter', 'Formatter', 'Handler', 'LogRecord', 'Logger', 'RootLogger', 'NullHandler',
           'StreamHandler', 'FileHandler', 'basicConfig', 'critical', 'debug', 'error',
           'exception', 'fatal', 'getLogger', 'getLevelName', 'info', 'log', 'warning',
           'warn', 'disable', 'root', 'lastResort', 'BASIC_FORMAT']

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {CRITICAL: 'CRITICAL', ERROR: 'ERROR', WARNING: 'WARNING', INFO: 'INFO', DEBUG: 'DEBUG', NOTSET: 'NOTSET'}
_nameToLevel = {'CRITICAL': CRITICAL, 'FATAL': FATAL, 'ERROR': ERROR, 'WARN': WARNING, 'WARNING': WARNING,
                'INFO': INFO, 'DEBUG': DEBUG, 'NOTSET': NOTSET}

BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'

# logging.disable(level): calls at this level and below are dropped everywhere.
_disable_level = [0]


def getLevelName(level):
    """The name of a level number ('Level 5' for an unnamed one), or the number of a level name."""
    if isinstance(level, int):
        if level in _levelToName:
            return _levelToName[level]
        return 'Level %s' % level
    if level in _nameToLevel:
        return _nameToLevel[level]
    return 'Level %s' % level


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if str(level) == level:
        if level not in _nameToLevel:
            raise ValueError('Unknown level: %r' % level)
        return _nameToLevel[level]
    raise TypeError('Level not an integer or a valid string: %r' % level)


def disable(level=CRITICAL):
    _disable_level[0] = level


class LogRecord:
    """One logging event: the message and its arguments, and where and when it was made."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_text, func=None):
        ct = time.time()
        self.name = name
        self.msg = msg
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = pathname
        self.module = '__main__'
        self.exc_text = exc_text
        self.lineno = lineno
        self.funcName = func
        self.created = ct
        self.msecs = int((ct - int(ct)) * 1000)
        self.relativeCreated = (ct - _start_time) * 1000
        self.thread = 0
        self.threadName = 'MainThread'
        self.processName = 'MainProcess'
        self.process = 0
        self.message = ''
        self.asctime = ''
        self.extra = {}

    def getMessage(self):
        msg = str(self.msg)
        if self.args:
            msg = msg % self.args
        return msg

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (self.name, self.levelno, self.pathname, self.lineno, self.msg)


_start_time = time.time()


class Formatter:
    """Turns a record into text with a %-style, {-style or $-style format."""

    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True):
        if style not in ('%', '{', '$'):
            raise ValueError('Style must be one of: %,{,$')
        if fmt is None:
            fmt = {'%': '%(message)s', '{': '{message}', '$': '${message}'}[style]
        self._fmt = fmt
        self._style = style
        self.datefmt = datefmt

    def usesTime(self):
        if self._style == '%':
            return '%(asctime)' in self._fmt
        if self._style == '{':
            return '{asctime' in self._fmt
        return '${asctime}' in self._fmt or '$asctime' in self._fmt

    def formatTime(self, record, datefmt=None):
        if datefmt:
            return time.strftime(datefmt)
        return self.default_msec_format % (time.strftime(self.default_time_format), record.msecs)

    def formatException(self, exc_text):
        return exc_text

    def formatMessage(self, record):
        values = {
            'name': record.name, 'msg': record.msg, 'args': record.args, 'levelname': record.levelname,
            'levelno': record.levelno, 'pathname': record.pathname, 'filename': record.filename,
            'module': record.module, 'lineno': record.lineno, 'funcName': record.funcName,
            'created': record.created, 'msecs': record.msecs, 'relativeCreated': record.relativeCreated,
            'thread': record.thread, 'threadName': record.threadName, 'processName': record.processName,
            'process': record.process, 'message': record.message, 'asctime': record.asctime,
        }
        for key in record.extra:
            values[key] = record.extra[key]
        if self._style == '%':
            return self._fmt % values
        if self._style == '{':
            return self._fmt.format_map(values)
        return _substitute(self._fmt, values)

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        if record.exc_text:
            if s[-1:] != '\n':
                s = s + '\n'
            s = s + self.formatException(record.exc_text)
        return s


def _substitute(template, values):
    """string.Template's substitute() for $name and ${name} (and $$)."""
    out = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != '$' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        nxt = template[i + 1]
        if nxt == '$':
            out.append('$')
            i += 2
        elif nxt == '{':
            end = template.index('}', i)
            out.append(str(values[template[i + 2:end]]))
            i = end + 1
        else:
            j = i + 1
            while j < n and (template[j].isalnum() or template[j] == '_'):
                j += 1
            out.append(str(values[template[i + 1:j]]))
            i = j
    return ''.join(out)


_defaultFormatter = Formatter()


class Filter:
    """Passes records of the logger named `name` and its children (all records for '')."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0:
            return True
        if self.name == record.name:
            return True
        if record.name.find(self.name, 0, self.nlen) != 0:
            return False
        return record.name[self.nlen] == '.'


class Filterer:
    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            if not f.filter(record):
                return False
        return True


class Handler(Filterer):
    """Where records go: a level, filters and a formatter; subclasses emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self.name = None
        self.level = _checkLevel(level)
        self.formatter = None

    def get_name(self):
        return self.name

    def set_name(self, name):
        self.name = name

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        if self.formatter is not None:
            return self.formatter.format(record)
        return _defaultFormatter.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        if not self.filter(record):
            return False
        self.emit(record)
        return True

    def flush(self):
        pass

    def close(self):
        pass

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each formatted record and a newline to a stream (sys.stderr by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        if stream is None:
            stream = sys.stderr
        self.stream = stream

    def flush(self):
        self.stream.flush()

    def emit(self, record):
        self.stream.write(self.format(record) + self.terminator)
        self.flush()

    def setStream(self, stream):
        if stream is self.stream:
            return None
        result = self.stream
        self.flush()
        self.stream = stream
        return result

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class FileHandler(StreamHandler):
    """A StreamHandler to a file opened with `mode` ('a' by default)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        StreamHandler.__init__(self, open(filename, mode, encoding=encoding))
        self.baseFilename = filename
        self.mode = mode

    def close(self):
        self.stream.close()

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename, getLevelName(self.level))


class NullHandler(Handler):
    """Drops every record (libraries add it so that they never print by themselves)."""

    def handle(self, record):
        return True

    def emit(self, record):
        pass


class _StderrHandler(StreamHandler):
    """The last resort: sys.stderr as it is when a record is emitted."""

    def __init__(self, level=WARNING):
        StreamHandler.__init__(self)
        self.level = level

    def emit(self, record):
        sys.stderr.write(self.format(record) + self.terminator)


lastResort = _StderrHandler(WARNING)


def _exception_text(exc_info):
    """The traceback a record carries, without its last newline (Formatter.formatException's text): of `exc_info`
    given as an exception, else (True) of the exception being handled (`NoneType: None` when there is none)."""
    if isinstance(exc_info, tuple):
        # sys.exc_info()'s (type, value, traceback): the value's traceback, `NoneType: None` for (None, None, None)
        exc_info = exc_info[1]
        if exc_info is None:
            return 'NoneType: None'
    if isinstance(exc_info, BaseException):
        text = ''.join(traceback.format_exception(exc_info))
    else:
        text = traceback.format_exc()
    return text[:-1] if text.endswith('\n') else text


class Logger(Filterer):
    """A named channel of the hierarchy: its level, handlers and filters."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def getEffectiveLevel(self):
        logger = self
        while logger is not None:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or _disable_level[0] >= level:
            return False
        return level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        return getLogger(self.name + '.' + suffix if self is not root else suffix)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        logger = self
        while logger is not None:
            if logger.handlers:
                return True
            if not logger.propagate:
                return False
            logger = logger.parent
        return False

    def _log(self, level, msg, args, exc_info=False, extra=None):
        exc_text = _exception_text(exc_info) if exc_info else None
        record = LogRecord(self.name, level, '', 0, msg, args, exc_text)
        if extra is not None:
            for key in extra:
                record.extra[key] = extra[key]
        self.handle(record)

    def handle(self, record):
        if self.disabled or not self.filter(record):
            return
        self.callHandlers(record)

    def callHandlers(self, record):
        logger = self
        found = 0
        while logger is not None:
            for hdlr in logger.handlers:
                found = found + 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
            if not logger.propagate:
                break
            logger = logger.parent
        if found == 0 and record.levelno >= lastResort.level:
            lastResort.handle(record)

    def debug(self, msg, *args, exc_info=False, extra=None, stack_info=False, stacklevel=1):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, exc_info, extra)

    def info(self, msg, *args, exc_info=False, extra=None, stack_info=False, stacklevel=1):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, exc_info, extra)

    def warning(self, msg, *args, exc_info=False, extra=None, stack_info=False, stacklevel=1):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, exc_info, extra)

    def warn(self, msg, *args, exc_info=False, extra=None, stack_info=False, stacklevel=1):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, exc_info, extra)

    def error(self, msg, *args, exc_info=False, extra=None, stack_info=False, stacklevel=1):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, exc_info, extra)

    def exception(self, msg, *args, exc_info=True, extra=None, stack_info=False, stacklevel=1):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, exc_info, extra)

    def critical(self, msg, *args, exc_info=False, extra=None, stack_info=False, stacklevel=1):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, exc_info, extra)

    def fatal(self, msg, *args, exc_info=False, extra=None, stack_info=False, stacklevel=1):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, exc_info, extra)

    def log(self, level, msg, *args, exc_info=False, extra=None, stack_info=False, stacklevel=1):
        if not isinstance(level, int):
            raise TypeError('level must be an integer')
        if self.isEnabledFor(level):
            self._log(level, msg, args, exc_info, extra)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name, getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    """The logger at the top of the hierarchy, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, 'root', level)


root = RootLogger(WARNING)
_loggers = {}


def getLogger(name=None):
    """The logger of that dotted name, made on first use (the root logger for None or 'root')."""
    if not name or name == 'root':
        return root
    if name in _loggers:
        return _loggers[name]
    logger = Logger(name)
    _loggers[name] = logger
    # Its parent is the nearest existing ancestor; existing descendants whose parent was above it now hang under it.
    parent = root
    i = name.rfind('.')
    while i > 0:
        prefix = name[:i]
        if prefix in _loggers:
            parent = _loggers[prefix]
            break
        i = name.rfind('.', 0, i)
    logger.parent = parent
    for other in _loggers.values():
        if other is not logger and other.name.startswith(name + '.') and (other.parent is parent):
            other.parent = logger
    return logger


def basicConfig(filename=None, filemode='a', format=None, datefmt=None, style='%', level=None,
                stream=None, handlers=None, force=False, encoding=None, errors='backslashreplace'):
    """Gives the root logger a handler (unless it has one, or force=True) and a level."""
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if len(root.handlers) == 0:
        if handlers is None:
            if stream is not None and filename is not None:
                raise ValueError("'stream' and 'filename' should not be specified together")
            if filename is not None:
                handlers = [FileHandler(filename, filemode, encoding=encoding)]
            else:
                handlers = [StreamHandler(stream)]
        fs = format
        if fs is None:
            fs = {'%': BASIC_FORMAT, '{': '{levelname}:{name}:{message}', '$': '${levelname}:${name}:${message}'}[style]
        fmt = Formatter(fs, datefmt, style)
        for h in handlers:
            if h.formatter is None:
                h.setFormatter(fmt)
            root.addHandler(h)
    if level is not None:
        root.setLevel(level)


def _root_configured():
    if len(root.handlers) == 0:
        basicConfig()


def _log_root(level, msg, args, exc_info, extra):
    # The module-level functions log through the root logger, configuring it first as CPython does.
    _root_configured()
    if root.isEnabledFor(level):
        root._log(level, msg, args, exc_info, extra)


def debug(msg, *args, exc_info=False, extra=None, stack_info=False, stacklevel=1):
    _log_root(DEBUG, msg, args, exc_info, extra)


def info(msg, *args, exc_info=False, extra=None, stack_info=False, stacklevel=1):
    _log_root(INFO, msg, args, exc_info, extra)


def warning(msg, *args, exc_info=False, extra=None, stack_info=False, stacklevel=1):
    _log_root(WARNING, msg, args, exc_info, extra)


def warn(msg, *args, exc_info=False, extra=None, stack_info=False, stacklevel=1):
    _log_root(WARNING, msg, args, exc_info, extra)


def error(msg, *args, exc_info=False, extra=None, stack_info=False, stacklevel=1):
    _log_root(ERROR, msg, args, exc_info, extra)


def exception(msg, *args, exc_info=True, extra=None, stack_info=False, stacklevel=1):
    _log_root(ERROR, msg, args, exc_info, extra)


def critical(msg, *args, exc_info=False, extra=None, stack_info=False, stacklevel=1):
    _log_root(CRITICAL, msg, args, exc_info, extra)


fatal = critical


def log(level, msg, *args, exc_info=False, extra=None, stack_info=False, stacklevel=1):
    _log_root(level, msg, args, exc_info, extra)


def shutdown():
    for h in root.handlers:
        h.flush()
