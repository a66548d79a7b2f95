"""Exception classes kept as values (an error table, a class picked by a condition) and called there: the exception
is made with the arguments as its args, as CPython's BaseException does."""


class AppError(Exception):
    code = 1


class NotFound(AppError):
    code = 44


class Record:
    def __init__(self, msg):
        self.msg = msg

    def __repr__(self):
        return f"Record({self.msg!r})"


ERRORS = {"missing": NotFound, "bad": ValueError, "app": AppError}
FACTORIES = [Record, NotFound, KeyError]


def fail(kind, msg):
    error = ERRORS[kind]
    raise error(msg)


def main():
    for kind in ("missing", "bad", "app"):
        try:
            fail(kind, "oops " + kind)
        except (AppError, ValueError) as e:
            print(type(e).__name__, e, e.args, isinstance(e, AppError), getattr(e, "code", None))
    exc_class = KeyError if len(ERRORS) > 5 else IndexError
    try:
        raise exc_class("idx", 2)
    except LookupError as e:
        print(repr(e), e.args)
    made = [f("x") for f in FACTORIES]
    print([type(m).__name__ for m in made], made[0], str(made[1]), repr(made[2]))
    try:
        raise made[1]
    except NotFound as e:
        print("caught", e, e is made[1])


if __name__ == "__main__":
    main()
