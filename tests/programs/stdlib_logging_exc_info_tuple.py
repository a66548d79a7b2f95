"""logging with exc_info= given the tuple sys.exc_info() returns (also (None, None, None)), an exception, or True."""
import io
import logging
import os
import sys


def parse(text):
    if not text.isdigit():
        raise ValueError(f"not a number: {text!r}")
    return int(text)


def main():
    stream = io.StringIO()
    logging.basicConfig(stream=stream, format="%(levelname)s:%(name)s:%(message)s")
    log = logging.getLogger("parser")
    saved = None
    for text in ["12", "x1", "7"]:
        try:
            parse(text)
            print("parsed", text)
        except ValueError:
            log.error("bad input %r", text, exc_info=sys.exc_info())
            saved = sys.exc_info()
    log.warning("replayed", exc_info=saved)
    log.warning("nothing", exc_info=(None, None, None))
    log.info("hidden", exc_info=saved)
    try:
        parse("?")
    except ValueError as e:
        log.critical("as exception", exc_info=e)
        log.exception("as handled")
    print(saved[0].__name__, saved[1])
    # Traceback lines name the file as the program was started: its base name only.
    for line in stream.getvalue().splitlines():
        if line.startswith('  File "'):
            path, rest = line[len('  File "'):].split('"', 1)
            line = '  File "' + os.path.basename(path) + '"' + rest
        print(line)


if __name__ == "__main__":
    main()
