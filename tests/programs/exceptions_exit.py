# try/except/else/finally, raise, assert.


def parse(s):
    try:
        return int(s)
    except ValueError:
        return -1


def risky(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    if n == 0:
        raise ZeroDivisionError
    return 10 // n


def main():
    print(parse("12"), parse("x"))
    for n in [5, 0, -3]:
        try:
            r = risky(n)
        except ValueError as e:
            print("value error:", e)
        except ZeroDivisionError:
            print("zero")
        else:
            print("ok", r)
        finally:
            print("done", n)
    try:
        try:
            [1, 2][5]
        except KeyError:
            print("not here")
        finally:
            print("inner finally")
    except IndexError as e:
        print("index:", e)
    try:
        assert 1 + 1 == 3, "math is broken"
    except AssertionError as e:
        print("assert:", e)
    try:
        raise RuntimeError("a", 2)
    except (TypeError, RuntimeError) as e:
        print("caught", e, e.args)
    for i in range(3):
        try:
            if i == 1:
                continue
            print("loop", i)
        finally:
            print("cleanup", i)
    try:
        {}["k"]
    except LookupError as e:
        print("lookup", repr(str(e)))
    print(risky(-1))


if __name__ == "__main__":
    main()
