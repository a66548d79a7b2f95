"""Context managers in the ways real programs stack them: a class-based manager, @contextmanager
generators, contextlib.ExitStack (enter_context, callback, push, pop_all), suppress, closing and
nullcontext, with exceptions passing through and being swallowed. The workload runs a fixed number
of times and prints a log checksum (after pyperformance's context-manager benchmarks)."""

import contextlib
from contextlib import ExitStack, closing, contextmanager, nullcontext, suppress


class Resource:
    opened = 0

    def __init__(self, name, log):
        self.name = name
        self.log = log
        self.closed = False

    def __enter__(self):
        Resource.opened += 1
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append("exit %s %s" % (self.name, exc_type.__name__ if exc_type else "ok"))
        self.closed = True
        return False

    def close(self):
        self.log.append("close " + self.name)
        self.closed = True


class Swallow:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, ValueError):
            self.log.append("swallowed " + str(exc))
            return True
        return False


@contextmanager
def tag(name, log):
    log.append("<%s>" % name)
    try:
        yield name.upper()
    finally:
        log.append("</%s>" % name)


@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield
    except KeyError as e:
        log.append("rollback %s" % e)
    else:
        log.append("commit")


def nested_with(log, n):
    total = 0
    for i in range(n):
        with Resource("a", log) as a, Resource("b", log) as b:
            with tag("p", log) as t:
                total += len(t) + len(a.name) + len(b.name)
    return total


def exit_stack(log, n):
    total = 0
    for i in range(n):
        with ExitStack() as stack:
            resources = [stack.enter_context(Resource("r%d" % j, log)) for j in range(3)]
            stack.callback(log.append, "callback %d" % i)
            stack.push(Swallow(log))
            total += len(resources)
            if i % 2:
                raise ValueError("odd %d" % i)
    return total


def pop_all(log):
    with ExitStack() as stack:
        r = stack.enter_context(Resource("kept", log))
        moved = stack.pop_all()
    log.append("after with: closed=%s" % r.closed)
    moved.close()
    log.append("after close: closed=%s" % r.closed)


def transactions(log):
    for key in ["a", "missing", "b"]:
        with transaction(log):
            data = {"a": 1, "b": 2}
            log.append("value %d" % data[key])


def suppressing(log):
    count = 0
    for s in ["1", "x", "3", "", "5"]:
        with suppress(ValueError, IndexError):
            count += int(s)
            log.append("parsed " + s)
    with suppress(KeyError):
        {}["nope"]
    log.append("suppress total %d" % count)
    return count


def closing_and_null(log):
    with closing(Resource("file", log)) as f:
        log.append("using " + f.name)
    with nullcontext(42) as v:
        log.append("null %d" % v)
    with nullcontext() as none:
        log.append("null %r" % none)


def failing(log):
    try:
        with Resource("outer", log):
            with tag("q", log):
                raise RuntimeError("boom")
    except RuntimeError as e:
        log.append("caught %s" % e)


def main():
    log = []
    total = 0
    for _ in range(20):
        log = []
        total = nested_with(log, 50)
        total += exit_stack(log, 10)
        pop_all(log)
        transactions(log)
        total += suppressing(log)
        closing_and_null(log)
        failing(log)
    print(total, len(log), Resource.opened)
    checksum = 0
    for line in log:
        for ch in line:
            checksum = (checksum * 31 + ord(ch)) % 1000000007
    print(checksum)
    for line in log[-60:]:
        print(line)


if __name__ == "__main__":
    main()
