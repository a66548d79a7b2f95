# File errors: missing files, directories, permissions, modes, closed files, io.BytesIO.
import io
import os


def attempt(label, f):
    try:
        result = f()
        print(label, "->", repr(result))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


def main():
    d = "files_errors_%d" % os.getpid()
    os.mkdir(d)
    path = os.path.join(d, "f.txt")
    with open(path, "w") as f:
        f.write("content\n")
    attempt("missing", lambda: open("no_such_file_here.txt"))
    attempt("missing dir", lambda: open("no_such_dir/x.txt", "w"))
    attempt("directory", lambda: open("."))
    attempt("directory write", lambda: open(".", "w"))
    attempt("bad mode", lambda: open(path, "rw"))
    attempt("bad mode 2", lambda: open(path, "q"))
    attempt("bad mode 3", lambda: open(path, "rr"))
    attempt("text+binary", lambda: open(path, "rbt"))
    attempt("encoding binary", lambda: open(path, "wb", encoding="utf-8"))
    attempt("newline binary", lambda: open(path, "rb", newline=""))
    attempt("bad newline", lambda: open(path, newline="x"))
    attempt("bad encoding", lambda: open(path, encoding="klingon").read())
    attempt("path type", lambda: open(3.5))
    try:
        with open(path) as f:
            f.write("x")
    except OSError as e:
        print("write on read-only:", type(e).__name__, e)
    try:
        with open(path, "w") as f:
            f.read()
    except OSError as e:
        print("read on write-only:", type(e).__name__, e)
    try:
        with open(path, "rb") as f:
            f.write(b"x")
    except OSError as e:
        print("binary write on read-only:", type(e).__name__, e)
    try:
        with open(path, "wb") as f:
            f.read()
    except OSError as e:
        print("binary read on write-only:", type(e).__name__, e)
    f = open(path)
    f.close()
    f.close()
    print("closed twice", f.closed)
    attempt("read closed", lambda: f.read())
    attempt("readline closed", lambda: f.readline())
    attempt("readlines closed", lambda: f.readlines())
    attempt("write closed", lambda: open(path, "a").close() or f.write("x"))
    attempt("seek closed", lambda: f.seek(0))
    attempt("tell closed", lambda: f.tell())
    attempt("iter closed", lambda: iter(f))
    attempt("with closed", lambda: f.__enter__())
    attempt("fileno closed", lambda: f.fileno())
    b = open(path, "rb")
    b.close()
    attempt("binary read closed", lambda: b.read())
    attempt("binary readline closed", lambda: b.readline())
    attempt("binary seek closed", lambda: b.seek(0))
    w = open(path, "ab")
    w.close()
    attempt("binary write closed", lambda: w.write(b"x"))
    attempt("binary flush closed", lambda: w.flush())
    # the error passes through with, and the file is closed anyway
    try:
        with open(path) as g:
            print(g.readline().strip())
            raise KeyError("inside")
    except KeyError as e:
        print("KeyError", e, g.closed)
    # FileNotFoundError is an OSError
    try:
        open(os.path.join("nowhere", "x"))
    except OSError as e:
        print("OSError caught:", type(e).__name__, e)
    # io.BytesIO
    buf = io.BytesIO()
    print(buf.write(b"hello "), buf.write(b"world\nline 2\n"), buf.tell())
    print(buf.getvalue())
    buf.seek(0)
    print(buf.read(5), buf.readline(), buf.readlines(), buf.read())
    buf.seek(6)
    buf.write(b"WORLD")
    print(buf.getvalue(), buf.tell())
    src = io.BytesIO(b"a\nb\nc")
    print([line for line in src])
    attempt("bytesio str", lambda: buf.write("text"))
    buf.close()
    attempt("bytesio closed", lambda: buf.getvalue())
    os.remove(path)
    os.rmdir(d)
    print("done", os.path.exists(d))


main()
