# pyperformance's bm_logging (silent, simple and formatted records into an
# io.StringIO handler), its pyperf timing swapped for a fixed number of loops,
# followed by the logging features real scripts use: basicConfig, the
# default format, the logger hierarchy, formatters of the three styles,
# filters, custom handlers and levels.
import io
import logging
import sys

# A relatively simple message that is easy to format.
FORMAT = 'important: %s'
MESSAGE = 'some important information to be logged'


def bench_silent(loops, logger, stream):
    for _ in range(loops):
        for _ in range(10):
            logger.debug(MESSAGE)
    if len(stream.getvalue()) != 0:
        raise ValueError("stream is expected to be empty")


def bench_simple_output(loops, logger, stream):
    truncate_stream(stream)
    for _ in range(loops):
        for _ in range(10):
            logger.warning(MESSAGE)
    lines = stream.getvalue().splitlines()
    if len(lines) != loops * 10:
        raise ValueError("wrong number of lines")
    return lines


def bench_formatted_output(loops, logger, stream):
    truncate_stream(stream)
    for _ in range(loops):
        for _ in range(10):
            logger.warning(FORMAT, MESSAGE)
    lines = stream.getvalue().splitlines()
    if len(lines) != loops * 10:
        raise ValueError("wrong number of lines")
    return lines


def truncate_stream(stream):
    stream.seek(0)
    stream.truncate()


class ListHandler(logging.Handler):
    """Keeps the formatted records (a test double for a handler)."""

    def __init__(self, level=logging.NOTSET):
        logging.Handler.__init__(self, level)
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0 if record.args else True


def benchmark():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream=stream)
    logger = logging.getLogger("benchlogger")
    logger.propagate = False
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)
    bench_silent(200, logger, stream)
    simple = bench_simple_output(50, logger, stream)
    formatted = bench_formatted_output(50, logger, stream)
    print("silent: ok")
    print("simple:", len(simple), simple[0])
    print("formatted:", len(formatted), formatted[-1])
    logger.removeHandler(handler)


def hierarchy():
    logging.basicConfig(level=logging.INFO, stream=sys.stdout)
    logging.debug("not shown")
    logging.info("started %s with %d workers", "pool", 4)
    logging.warning("disk at %.1f%%", 93.456)
    db = logging.getLogger("app.db")
    app = logging.getLogger("app")
    print(db.parent is app, app.parent is logging.getLogger(), db.getEffectiveLevel())
    db.error("connection lost")
    app.setLevel(logging.ERROR)
    db.warning("hidden by app's level")
    print(db.getEffectiveLevel(), logging.getLevelName(db.getEffectiveLevel()), db.isEnabledFor(logging.CRITICAL))
    db.setLevel(logging.DEBUG)
    db.debug("db debugging on")
    print(repr(app), repr(db), repr(logging.getLogger()))


def formatters():
    mem = ListHandler()
    log = logging.getLogger("fmt")
    log.propagate = False
    log.addHandler(mem)
    log.setLevel(logging.DEBUG)
    for fmt, style in [("%(levelname)-8s|%(name)s|%(message)s", "%"), ("{levelname:>8} {name}: {message}", "{"),
                       ("$levelname/${name}: $message", "$"), ("%(levelno)03d %(message)r", "%")]:
        mem.setFormatter(logging.Formatter(fmt, style=style))
        log.info("value=%d", 42)
    mem.setFormatter(None)
    log.critical("bare %s", "message")
    log.error("with a cause", exc_info=KeyError("missing"))
    log.log(25, "custom level %s", "twenty-five")
    logging.addLevelName(25, "NOTICE")
    mem.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
    log.log(25, "now named")
    for line in mem.lines:
        print(line)


def filters_and_levels():
    mem = ListHandler(logging.INFO)
    log = logging.getLogger("jobs")
    log.propagate = False
    log.setLevel(logging.DEBUG)
    log.addHandler(mem)
    log.addFilter(OnlyEven())
    for i in range(6):
        log.info("job %d done", i)
        log.debug("job %d details", i)
    named = logging.Filter("jobs.fast")
    mem.addFilter(named)
    logging.getLogger("jobs.fast").propagate = True
    logging.getLogger("jobs.fast").warning("fast job %d", 8)
    logging.getLogger("jobs.slow").warning("slow job %d", 10)
    print(mem.lines, log.hasHandlers(), logging.getLogger("nothing.here").hasHandlers())
    try:
        log.setLevel("LOUD")
    except ValueError as e:
        print("ValueError:", e)
    log.setLevel("ERROR")
    print(log.level, log.getEffectiveLevel(), logging.getLevelName("ERROR"), logging.getLevelName(33))


def main():
    benchmark()
    hierarchy()
    formatters()
    filters_and_levels()
    logging.disable(logging.CRITICAL)
    logging.critical("dropped")
    print("done")


if __name__ == "__main__":
    main()
