# contextlib's ExitStack, suppress and closing, and built-in exception classes kept as values.
import contextlib
from contextlib import ExitStack, closing, suppress


class Res:
    def __init__(self, name, log, swallow=False):
        self.name = name
        self.log = log
        self.swallow = swallow

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        self.log.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type else None))
        return self.swallow

    def close(self):
        self.log.append("close " + self.name)


def stack_run(fail, swallow):
    log = []
    try:
        with ExitStack() as stack:
            names = [stack.enter_context(Res(n, log)) for n in "abc"]
            log.append("names " + "".join(names))
            stack.callback(log.append, "callback")
            stack.push(Res("pushed", log, swallow))
            if fail:
                raise KeyError(fail)
        log.append("after")
    except KeyError as e:
        log.append("KeyError %s" % e)
    return log


def exit_functions():
    log = []

    def on_exit(exc_type, exc, tb):
        log.append("exit function saw %s" % (exc_type.__name__ if exc_type else None))
        return exc_type is not None and issubclass(exc_type, ArithmeticError)

    with ExitStack() as stack:
        stack.push(on_exit)
        1 / 0
    with ExitStack() as outer:
        outer.enter_context(Res("moved", log))
        later = outer.pop_all()
    log.append("popped")
    later.close()
    return log


def parse(s):
    return int(s)


def raising_callback():
    log = []
    try:
        with ExitStack() as stack:
            stack.callback(log.append, "second")
            stack.callback(parse, "not a number")
            log.append("body")
    except ValueError as e:
        log.append("ValueError: %s" % e)
    return log


def suppressing():
    total = 0
    for s in ["4", "x", "", "6"]:
        with suppress(ValueError):
            total += int(s)
    with suppress(KeyError, IndexError):
        [][3]
    with contextlib.suppress(LookupError):
        {}["k"]
    try:
        with suppress(KeyError):
            raise TypeError("not suppressed")
    except TypeError as e:
        print("TypeError:", e)
    return total


def classes_as_values():
    errors = (ValueError, ZeroDivisionError)
    print(errors, KeyError, KeyError is type(KeyError()))
    table = {ValueError: "bad value", KeyError: "missing"}
    for exc in [ValueError("v"), KeyError("k"), ZeroDivisionError("z")]:
        kind = type(exc)
        print(kind.__name__, table.get(kind, "other"), kind in errors, isinstance(exc, errors[0]))


def main():
    for fail, swallow in [(None, False), ("k", False), ("k", True)]:
        print(stack_run(fail, swallow))
    print(exit_functions())
    print(raising_callback())
    print(suppressing())
    log = []
    with closing(Res("file", log)) as r:
        log.append("using " + r.name)
    print(log)
    classes_as_values()


main()
