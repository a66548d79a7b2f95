# A built-in exception class as a further base of a user exception class
# (`class NotFound(AppError, LookupError)`): except clauses, isinstance and
# issubclass see both; C.__mro__ and C.__bases__ as CPython shows them.


class AppError(Exception):
    def __init__(self, message, code=500):
        super().__init__(message)
        self.code = code


class NotFound(AppError, LookupError):
    pass


class Invalid(AppError, ValueError):
    def describe(self):
        return f"invalid ({self.code}): {self}"


class MissingKey(KeyError, ValueError):
    pass


class Shape:
    pass


class Named:
    pass


class Square(Shape, Named):
    pass


class Tile(Square):
    pass


def lookup(table, key):
    if key not in table:
        raise NotFound(f"no {key!r}", 404)
    return table[key]


def parse(text):
    if not text.isdigit():
        raise Invalid(f"bad number {text!r}", 400)
    return int(text)


def main():
    table = {"a": 1}
    for key in ["a", "b"]:
        try:
            print("found", lookup(table, key))
        except LookupError as e:
            print("LookupError:", type(e).__name__, e, e.code)
    for text in ["12", "x"]:
        try:
            print("parsed", parse(text))
        except ValueError as e:
            print("ValueError:", e.describe())
    try:
        parse("?")
    except AppError as e:
        print("AppError:", e, e.code)
    try:
        raise MissingKey("k")
    except ValueError as e:
        print("ValueError from KeyError:", repr(str(e)), isinstance(e, LookupError))
    errors = [NotFound("n"), Invalid("i"), AppError("a"), MissingKey("m")]
    for e in errors:
        print(type(e).__name__, isinstance(e, LookupError), isinstance(e, ValueError), isinstance(e, AppError), isinstance(e, KeyError))
    print(issubclass(NotFound, LookupError), issubclass(Invalid, LookupError), issubclass(NotFound, Exception))
    print(NotFound.__mro__)
    print(NotFound.__bases__)
    print(Invalid.__mro__)
    print(MissingKey.__mro__)
    print(AppError.__bases__, AppError.__mro__)
    print(Tile.__mro__)
    print(Square.__bases__, Shape.__bases__)
    print(len(Tile.__mro__), Tile.__mro__[1] is Square, Tile.__mro__[-1])
    print([c.__name__ for c in Square.__mro__])
    try:
        raise NotFound("done")
    except (KeyError, LookupError) as e:
        print("tuple clause:", e)


main()
