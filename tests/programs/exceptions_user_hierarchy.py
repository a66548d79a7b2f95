# An exception hierarchy as applications write it: class attributes, keyword-only details, a __str__
# built on super().__str__(), raise ... from None / from e, except tuples, else/finally.


class AppError(Exception):
    code = 1

    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"{base} ({self.detail})" if self.detail else base


class NotFound(AppError):
    code = 404


class Invalid(AppError):
    code = 422


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise NotFound(f"no {k!r}", detail="lookup") from None


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise Invalid("bad int") from e


def main():
    for action in (lambda: lookup({}, "a"), lambda: parse("x"), lambda: parse("7"), lambda: [][1]):
        try:
            print("ok", action())
        except AppError as e:
            print(type(e).__name__, e.code, str(e), e.args, repr(e.__cause__), e.__suppress_context__)
        except (IndexError, KeyError) as e:
            print("lookup error", type(e).__name__, e)
        else:
            print("no error")
        finally:
            print("done")
    try:
        raise Invalid("v")
    except Exception as e:
        print("caught as Exception:", isinstance(e, AppError), isinstance(e, Invalid))
    errors = []
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("r%d" % i)
            1 / (i - 2)
        except Exception as e:
            errors.append((i, type(e).__name__, str(e)))
    print(errors)



if __name__ == "__main__":
    main()
