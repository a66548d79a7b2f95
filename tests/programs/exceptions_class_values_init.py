"""Exception classes that define __init__, kept in tables and variables and
called through them, as error-code layers of services do."""


class ServiceError(Exception):
    status = 500

    def __init__(self, message, code=0):
        super().__init__(message)
        self.message = message
        self.code = code

    def describe(self):
        return f"{type(self).__name__}[{self.status}/{self.code}]: {self.message}"


class NotFound(ServiceError):
    status = 404


class Forbidden(ServiceError):
    status = 403

    def __init__(self, message, code=0, user="?"):
        super().__init__(f"{user} may not {message}", code)
        self.user = user


class Timeout(ServiceError):
    def __init__(self, seconds):
        super().__init__(f"timed out after {seconds}s", 99)
        self.seconds = seconds


class Plain(Exception):
    pass


ERRORS = {"missing": NotFound, "denied": Forbidden, "generic": ServiceError}


def raise_error(kind, message, code):
    raise ERRORS[kind](message, code)


def pick(strict):
    return NotFound if strict else KeyError


def main():
    for kind in ("missing", "denied", "generic"):
        try:
            raise_error(kind, "read /etc", 7)
        except ServiceError as e:
            print(e.describe(), e.args, e.code, isinstance(e, NotFound))
    for strict in (True, False):
        cls = pick(strict)
        try:
            raise cls("key 'k'")
        except LookupError as e:
            print("lookup", repr(e))
        except ServiceError as e:
            print("service", repr(e), e.code, e.status)
    handlers = [Timeout, Plain, Forbidden]
    for i, h in enumerate(handlers):
        try:
            if i == 1:
                raise h("plain", i)
            raise h(5) if i == 0 else h("write", 3, user="bob")
        except ServiceError as e:
            print(e.describe(), e.args)
        except Exception as e:
            print("other", type(e).__name__, e.args)
    try:
        ERRORS["missing"]()
    except TypeError as e:
        print("TypeError", e)


main()
