# The io module's names for files: io.open, TextIOWrapper, BufferedReader, UnsupportedOperation, BytesIO.
import io
import os
from io import open as io_open


def main():
    p = "iob_%d.txt" % os.getpid()
    with io.open(p, "w") as f:
        print(type(f).__name__, isinstance(f, io.TextIOWrapper))
        f.write("x\n")
    with io_open(p, "rb") as f:
        print(f.read(), isinstance(f, io.BufferedReader))
    try:
        with open(p) as f:
            f.write("no")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation", e)
    b = io.BytesIO(b"abc")
    s = io.StringIO("abc")
    print(b.read(2), s.read(2), io.SEEK_END)
    os.remove(p)


main()
