"""A tiny logging framework: loggers, handlers, formatters, levels, filters, hierarchy."""
import functools

DEBUG, INFO, WARNING, ERROR, CRITICAL = 10, 20, 30, 40, 50
LEVEL_NAMES = {DEBUG: "DEBUG", INFO: "INFO", WARNING: "WARNING", ERROR: "ERROR", CRITICAL: "CRITICAL"}


class LogRecord:
    __slots__ = ("name", "level", "msg", "args", "seq", "extra")
    _counter = 0

    def __init__(self, name, level, msg, args, extra=None):
        LogRecord._counter += 1
        self.seq = LogRecord._counter
        self.name = name
        self.level = level
        self.msg = msg
        self.args = args
        self.extra = extra or {}

    @property
    def levelname(self):
        return LEVEL_NAMES.get(self.level, f"Level {self.level}")

    def get_message(self):
        return self.msg % self.args if self.args else self.msg


class Formatter:
    def __init__(self, fmt="{levelname}:{name}:{message}"):
        self.fmt = fmt

    def format(self, record):
        fields = {"levelname": record.levelname, "name": record.name,
                  "message": record.get_message(), "seq": record.seq}
        fields.update(record.extra)
        return self.fmt.format(**fields)


class Handler:
    def __init__(self, level=DEBUG):
        self.level = level
        self.formatter = Formatter()
        self.filters = []

    def set_formatter(self, fmt):
        self.formatter = fmt
        return self

    def add_filter(self, f):
        self.filters.append(f)
        return self

    def handle(self, record):
        if record.level < self.level:
            return False
        if not all(f(record) for f in self.filters):
            return False
        self.emit(self.formatter.format(record))
        return True

    def emit(self, text):
        raise NotImplementedError


class StreamHandler(Handler):
    def __init__(self, prefix="", level=DEBUG):
        super().__init__(level)
        self.prefix = prefix

    def emit(self, text):
        print(self.prefix + text)


class MemoryHandler(Handler):
    def __init__(self, capacity, target, level=DEBUG):
        super().__init__(level)
        self.capacity = capacity
        self.target = target
        self.buffer = []

    def emit(self, text):
        self.buffer.append(text)
        if len(self.buffer) >= self.capacity:
            self.flush()

    def flush(self):
        if self.buffer:
            self.target.emit(f"[flush {len(self.buffer)}] " + " | ".join(self.buffer))
            self.buffer.clear()


class Logger:
    def __init__(self, name, parent=None):
        self.name = name
        self.parent = parent
        self.level = 0
        self.handlers = []
        self.propagate = True

    def effective_level(self):
        logger = self
        while logger is not None:
            if logger.level:
                return logger.level
            logger = logger.parent
        return WARNING

    def log(self, level, msg, *args, **extra):
        if level < self.effective_level():
            return
        record = LogRecord(self.name, level, msg, args, extra)
        logger = self
        while logger is not None:
            for h in logger.handlers:
                h.handle(record)
            if not logger.propagate:
                break
            logger = logger.parent

    def debug(self, msg, *args, **kw):
        self.log(DEBUG, msg, *args, **kw)

    def info(self, msg, *args, **kw):
        self.log(INFO, msg, *args, **kw)

    def warning(self, msg, *args, **kw):
        self.log(WARNING, msg, *args, **kw)

    def error(self, msg, *args, **kw):
        self.log(ERROR, msg, *args, **kw)


class Manager:
    def __init__(self):
        self.root = Logger("root")
        self.loggers = {"root": self.root}

    def get(self, name):
        if name in self.loggers:
            return self.loggers[name]
        parent_name = name.rpartition(".")[0] or "root"
        logger = Logger(name, self.get(parent_name))
        self.loggers[name] = logger
        return logger


def traced(logger):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            logger.debug("call %s%r", fn.__name__, args)
            try:
                result = fn(*args, **kwargs)
            except Exception as exc:
                logger.error("%s failed: %s", fn.__name__, exc)
                raise
            logger.debug("%s -> %r", fn.__name__, result)
            return result
        return wrapper
    return decorate


def main():
    mgr = Manager()
    console = StreamHandler(level=INFO)
    mgr.root.handlers.append(console)
    app = mgr.get("app.db.pool")
    print([l for l in sorted(mgr.loggers)], app.parent.name, app.parent.parent.name)
    app.info("not shown, level %d", app.effective_level())
    app.warning("pool at %d%%", 93)
    mgr.get("app").level = DEBUG
    detail = StreamHandler(prefix=">> ").set_formatter(Formatter("#{seq:03d} [{levelname:<8}] {name}: {message}"))
    detail.add_filter(lambda r: "secret" not in r.get_message())
    mgr.get("app.db").handlers.append(detail)
    app.debug("connecting to %s:%d", "localhost", 5432)
    app.info("the secret is %s", "hunter2")
    app.error("lost connection")
    mem = MemoryHandler(3, StreamHandler(prefix="MEM "))
    web = mgr.get("app.web")
    web.handlers.append(mem)
    web.propagate = False
    for i in range(7):
        web.info("request %d", i)
    mem.flush()
    tagged = StreamHandler().set_formatter(Formatter("{levelname}|{user}|{message}"))
    audit = mgr.get("audit")
    audit.level = INFO
    audit.propagate = False
    audit.handlers.append(tagged)
    audit.info("login", user="alice")
    audit.warning("sudo %s", "rm", user="bob")

    @traced(mgr.get("app.math"))
    def divide(a, b):
        return a / b

    print(divide(7, 2), divide.__name__)
    try:
        divide(1, 0)
    except ZeroDivisionError:
        print("caught")
    try:
        Handler().emit("x")
    except NotImplementedError:
        print("abstract emit")
    print(LogRecord._counter, LEVEL_NAMES[ERROR], LogRecord("n", 25, "m", ()).levelname)


if __name__ == "__main__":
    main()
