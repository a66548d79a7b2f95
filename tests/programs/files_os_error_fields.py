# OSError and its subclasses carry errno, strerror and filename(s) as CPython's do; os.path's relpath,
# commonpath, commonprefix and expanduser.
import os
import os.path
import tempfile


def describe(e):
    return f"{type(e).__name__} args={e.args} str={e} errno={e.errno} strerror={e.strerror} filename={e.filename}"


def main():
    for e in [OSError(2, "No such file"), OSError(2, "nf", "a.txt"), OSError(13, "denied", "f", None, "g"),
              OSError("plain"), OSError(99, "odd"), PermissionError(1, "p"), FileExistsError()]:
        print(describe(e), repr(e), isinstance(e, OSError))
    try:
        raise FileNotFoundError(2, "gone", "zz")
    except OSError as e:
        print(e, e.filename, e.filename2)
    d = tempfile.mkdtemp()
    try:
        open(os.path.join(d, "missing.txt"))
    except FileNotFoundError as e:
        print(e.errno, e.strerror, os.path.basename(e.filename), e.args)
    try:
        os.rename(os.path.join(d, "a"), os.path.join(d, "b"))
    except OSError as e:
        print(type(e).__name__, e.errno, os.path.basename(e.filename), os.path.basename(e.filename2))
    try:
        os.mkdir(d)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == d)
    os.rmdir(d)
    print(os.path.relpath("/a/b/c", "/a"), os.path.relpath("/a", "/a/b/c"), os.path.relpath("/x/y", "/x/y"))
    print(os.path.relpath("a/b", "a/c/d"), os.path.relpath(os.path.join(os.getcwd(), "q")))
    print(os.path.commonpath(["/usr/lib/x", "/usr/lib/y", "/usr/local"]), os.path.commonpath(["a/b", "a/c"]))
    print(os.path.commonprefix(["interstellar", "internet", "interval"]), repr(os.path.commonprefix([])))
    try:
        os.path.commonpath(["/a", "b"])
    except ValueError as e:
        print("ValueError:", e)
    home = os.environ.get("HOME")
    print(os.path.expanduser("~") == home if home else True, os.path.expanduser("x/~"), os.path.expanduser("~nobody_x/y"))


if __name__ == "__main__":
    main()
