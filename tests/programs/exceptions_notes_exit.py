import traceback


class ConfigError(Exception):
    pass


def load(key, table):
    try:
        return table[key]
    except KeyError as e:
        err = ConfigError(f"missing {key}")
        err.add_note("multi\nline\n\nnote")
        err.add_note(f"known keys: {', '.join(sorted(table))}")
        raise err from e


def main():
    table = {"a": 1, "b": 2}
    try:
        load("c", table)
    except ConfigError as e:
        print(e, e.__notes__, type(e.__cause__).__name__)
        lines = traceback.format_exception(e)
        print(lines[-3:])
    e = ValueError("v")
    print(hasattr(e, "__notes__"))
    e.__notes__ = ["set directly"]
    e.add_note("then added")
    print(e.__notes__)
    try:
        e.add_note(b"x")
    except TypeError as t:
        print("TypeError:", t)
    print(e.with_traceback(None) is e)
    # uncaught, notes print under the exception's line (runtime/tests/test_traceback.c checks that text)
    raise RuntimeError("final")


if __name__ == "__main__":
    main()
