# __exit__ receives the exception class (type, value, None), as CPython passes it;
# issubclass() of that class against your classes and built-in exceptions.

class E(ValueError):
    pass


class Suppress:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        handled = exc_type is not None and issubclass(exc_type, ValueError)
        print("exit", exc_type.__name__ if exc_type else None, handled, issubclass(exc_type, E) if exc_type else "-")
        return handled


def main():
    for i in range(3):
        with Suppress():
            if i == 0:
                raise E("mine")
            if i == 1:
                int("x")
            print("no error")
    try:
        with Suppress():
            {}["k"]
    except KeyError:
        print("KeyError escaped")


main()
