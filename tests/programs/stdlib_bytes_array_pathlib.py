# bytes in array (tobytes/frombytes) and pathlib (read_bytes/write_bytes/open).
import array
import os
from pathlib import Path


def main():
    a = array.array("h", [1, -2, 3, 32767])
    raw = a.tobytes()
    print(raw, len(raw))
    b = array.array("h")
    b.frombytes(raw)
    print(b, b == a)
    print(array.array("B", b"abc"), array.array("H", b"\x01\x00\x02\x00"), array.array("i", bytearray(4)))
    print(array.array("f", [1.5, 0.1]).tobytes(), array.array("d", [0.1]).tobytes())
    f = array.array("f")
    f.frombytes(array.array("f", [0.1, 2.5]).tobytes())
    print(f)
    q = array.array("Q", [2 ** 64 - 1, 0])
    print(q.tobytes(), array.array("Q", q.tobytes()))
    try:
        b.frombytes(b"\x01")
    except ValueError as e:
        print("ValueError", e)
    folder = Path("pathlib_bytes_%d" % os.getpid())
    folder.mkdir()
    p = folder / "blob.bin"
    print(p.write_bytes(b"\x00\x01\x02hello"), p.read_bytes(), p.stat_size() if False else len(p.read_bytes()))
    p.write_bytes(bytearray(b"xyz"))
    print(p.read_bytes(), p.read_text())
    with p.open("w") as fh:
        fh.write("line one\nline two\n")
    with p.open() as fh:
        print(fh.readlines())
    with p.open("rb") as fh:
        print(fh.read(4))
    with p.open("a", encoding="utf-8") as fh:
        print("appended", file=fh)
    print(p.read_text().splitlines())
    try:
        p.write_bytes("text")
    except TypeError as e:
        print("TypeError", e)
    with open(p, "rb") as fh:
        print("open(Path):", fh.read(4), fh.name == str(p))
    p.unlink()
    folder.rmdir()
    print(folder.exists())


main()
