class AppError(Exception):
    pass


class ParseError(AppError):
    """Bad input."""


def parse(s):
    if not s:
        raise ParseError("empty input")
    if not s.isdigit():
        raise AppError("not a number: " + s)
    return int(s)


def main():
    for s in ["12", "", "x1"]:
        try:
            print(parse(s))
        except ParseError as e:
            print("parse error:", e, isinstance(e, AppError), isinstance(e, ParseError))
        except AppError as e:
            print("app error:", e, e.args)
    try:
        raise ParseError
    except Exception as e:
        print("caught", repr(e))
    raise AppError("fatal", 3)


if __name__ == "__main__":
    main()
