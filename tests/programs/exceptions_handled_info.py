# The exception being handled: sys.exception() and sys.exc_info() inside an except clause (and in the
# functions it calls), None again after it (however it ends: normally, return, break, re-raise);
# implicit chaining (__context__); traceback.format_exc()/format_exception() compared line by line
# without the file paths and CPython's ~~^~~ marker lines; logging.exception() with the traceback.
import io
import logging
import sys
import traceback


def parse(text):
    return int(text)


def checked(values):
    out = []
    for v in values:
        out.append(parse(v))
    return out


def describe_current():
    e = sys.exception()
    if e is None:
        return "nothing handled"
    return f"handling {type(e).__name__}: {e}"


def report(text):
    """The traceback's frames as 'line N, in f' with their source lines, and its last line."""
    out = []
    for line in text.splitlines():
        if line.startswith("  File "):
            out.append(line.split(", ", 1)[1])
        elif line.startswith("    ") and not set(line.strip()) <= set("~^"):
            out.append("  " + line.strip())
        elif not line.startswith(" "):
            out.append(line)
    return out


def first_bad(values):
    for v in values:
        try:
            parse(v)
        except ValueError:
            return describe_current()
    return "all good"


def wrap_error():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("lookup failed")


def main():
    print(describe_current(), sys.exc_info())
    try:
        checked(["1", "2", "x3"])
    except ValueError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb is not None, describe_current())
        for line in report(traceback.format_exc()):
            print(line)
    print(describe_current())
    print(first_bad(["4", "five", "6"]), "|", describe_current())
    for attempt in range(3):
        try:
            if attempt == 1:
                raise LookupError(f"attempt {attempt}")
        except LookupError:
            print(describe_current())
            break
    print(describe_current())
    try:
        wrap_error()
    except RuntimeError as e:
        print(repr(e), repr(e.__context__), e.__suppress_context__, describe_current())
        chunks = traceback.format_exception(e)
        print(len(chunks), [c.split(",")[0].strip() for c in chunks if not c.startswith("  File")])
        for line in report("".join(chunks)):
            print(line)
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            print("inner", describe_current())
            raise
    except ArithmeticError:
        print("outer", describe_current())
    print(describe_current())
    print(report(traceback.format_exc()))
    try:
        [][3]
    except IndexError as e:
        buf = io.StringIO()
        traceback.print_exc(file=buf)
        traceback.print_exception(e, file=buf)
        print(report(buf.getvalue()))
    stream = io.StringIO()
    logging.basicConfig(stream=stream, format="%(levelname)s:%(message)s")
    log = logging.getLogger("parser")
    try:
        checked(["7", ""])
    except ValueError as e:
        log.exception("could not parse %d values", 2)
        logging.warning("as value: %s", e, exc_info=e)
    logging.error("nothing here", exc_info=True)
    for line in report(stream.getvalue()):
        print(line)
    try:
        checked(["8", "nine"])
    except ValueError:
        traceback.print_exc()
        print("printed to stderr:", describe_current())


if __name__ == "__main__":
    main()
