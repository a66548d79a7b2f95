# issubclass() of classes known at run time only (type(e) of a caught exception), against built-in
# and user exception classes and tuples of them; issubclass of user classes against built-in bases.


class MyError(KeyError):
    pass


class Plain:
    pass


def check(e):
    t = type(e)
    print(t, t is not None, issubclass(t, KeyError), issubclass(t, (KeyError, ZeroDivisionError)), issubclass(t, LookupError), t.__name__)


def main():
    try:
        {}["x"]
    except Exception as e:
        check(e)
    try:
        1 / 0
    except Exception as e:
        check(e)
    try:
        raise MyError("k")
    except Exception as e:
        check(e)
    print(issubclass(MyError, LookupError), issubclass(MyError, Exception), issubclass(MyError, ValueError))
    print(issubclass(Plain, object), issubclass(MyError, MyError), issubclass(Plain, Exception), issubclass(bool, int))


if __name__ == "__main__":
    main()
