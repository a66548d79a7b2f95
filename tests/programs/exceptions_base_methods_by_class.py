"""Exception.__init__(self, *args), ValueError.__init__, BaseException.__init__ and Exception.__str__/__repr__(self) called through the built-in class (as twisted and older libraries write it)."""
class AppError(Exception):
    def __init__(self, code, msg):
        Exception.__init__(self, code, msg)
        self.code = code

    def __str__(self):
        return "[%d] %s" % (self.code, Exception.__str__(self))


class NotFound(AppError):
    def __init__(self, what):
        AppError.__init__(self, 404, "no " + what)


class BadValue(ValueError):
    def __init__(self, v):
        ValueError.__init__(self, "bad value %r" % (v,))
        self.v = v

    def __repr__(self):
        return "BadValue<" + ValueError.__repr__(self) + ">"


class Quiet(Exception):
    def __init__(self):
        BaseException.__init__(self)


def main():
    for exc in (AppError(500, "boom"), NotFound("page"), BadValue([1]), Quiet()):
        try:
            raise exc
        except Exception as e:
            print(type(e).__name__, e.args, str(e), repr(e))
    try:
        raise BadValue(3)
    except ValueError as e:
        print("caught", e, e.v)
    print(Exception.__name__, ValueError.__name__)


if __name__ == "__main__":
    main()
