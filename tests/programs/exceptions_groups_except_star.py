# except* clauses (each takes the part of what is left that it matches; what is unhandled or raised anew is
# raised together), ExceptionGroup / BaseExceptionGroup: split, subgroup, nesting, CPython's checks.
import sys


def risky(kind):
    if kind == "group":
        raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k")])
    if kind == "naked":
        raise ValueError("naked")
    if kind == "nested":
        raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
    return "ok"


def handle(kind):
    log = []
    try:
        risky(kind)
    except* ValueError as eg:
        log.append(("value", repr(eg)))
    except* (TypeError, KeyError) as eg:
        log.append(("type/key", [type(e).__name__ for e in eg.exceptions]))
    else:
        log.append("no error")
    finally:
        log.append("finally")
    return log


def partial():
    try:
        risky("group")
    except* ValueError:
        print("values handled")


def reraise():
    try:
        risky("nested")
    except* TypeError:
        print("re-raising the TypeErrors")
        raise


def raise_new():
    try:
        risky("naked")
    except* ValueError as eg:
        raise RuntimeError(f"wrapped {eg.exceptions[0]}")


def main():
    for kind in ["group", "naked", "nested", "fine"]:
        print(kind, handle(kind))
    try:
        partial()
    except ExceptionGroup as e:
        print("left:", repr(e), str(e))
    try:
        reraise()
    except ExceptionGroup as e:
        print("reraised:", repr(e))
    try:
        raise_new()
    except RuntimeError as e:
        print("new:", e)
    try:
        try:
            raise ValueError("only")
        except* ValueError:
            raise
    except ExceptionGroup as e:
        print("bare raise of a naked one:", repr(e))
    try:
        try:
            raise KeyError("unmatched")
        except* ValueError:
            print("not here")
    except KeyError as e:
        print("unmatched naked stays naked:", repr(e))
    eg = ExceptionGroup("m", [ValueError(1), OSError(2)])
    v, rest = eg.split(ValueError)
    print(repr(v), repr(rest), repr(eg.subgroup(OSError)), eg.message, eg.exceptions)
    print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup), issubclass(ExceptionGroup, BaseExceptionGroup))
    try:
        ExceptionGroup("bad", [])
    except ValueError as e:
        print(e)
    try:
        ExceptionGroup("bad", [KeyboardInterrupt()])
    except TypeError as e:
        print(e)
    b = BaseExceptionGroup("base", [ValueError(1), KeyboardInterrupt()])
    print(type(b).__name__, repr(b))


if __name__ == "__main__":
    main()
