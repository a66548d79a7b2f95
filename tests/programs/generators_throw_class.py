# gen.throw() of an exception class (CPython raises an instance made with no arguments), and built-in
# exception classes called through values.
def gen():
    while True:
        try:
            yield 1
        except KeyError as e:
            print("caught", repr(e))

def main():
    errs = [ValueError, KeyError]
    for i, cls in enumerate(errs):
        try:
            raise cls("bad %d" % i)
        except (ValueError, KeyError) as e:
            print(type(e).__name__, e, e.args)
    table = {"v": ValueError, "t": TypeError}
    e = table["t"]("x", 2)
    print(repr(e), isinstance(e, TypeError))
    g = gen(); next(g)
    g.throw(KeyError)
    g.throw(KeyError("k"))
    try:
        g.throw(ValueError)
    except ValueError as e:
        print("out", repr(e))

if __name__ == "__main__":
    main()
