# User exception classes with __init__, attributes, methods, __str__ and
# subclasses; the last one is raised uncaught (traceback and exit status 1).

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code

    def describe(self):
        return f"{self.code}: {self}"


class NotFound(AppError):
    def __init__(self, what):
        super().__init__(404, f"{what} not found")
        self.what = what


class Plain(ValueError):
    def hint(self):
        return "check " + str(self.args[0])


class Shouty(Exception):
    def __str__(self):
        return "LOUD: " + self.args[0].upper()


def find(name):
    if name != "x":
        raise NotFound(name)
    return 1


def main():
    try:
        raise AppError(4, "bad")
    except AppError as e:
        print(e.describe(), e.code, e.args, str(e), repr(e))
    try:
        find("page")
    except AppError as e:
        print(e.describe(), e.what, e.code, type(e).__name__, isinstance(e, NotFound))
    try:
        raise Plain("input")
    except ValueError as e:
        print(e.hint(), e)
    try:
        raise Shouty("hey")
    except Exception as e:
        print(e, [str(e)])
    raise NotFound("final")



if __name__ == "__main__":
    main()
