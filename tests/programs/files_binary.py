# Binary files: bytes in and out, read(n), readline, seek/tell, append, r+b, iteration.
import os


def main():
    d = "files_binary_%d" % os.getpid()
    os.mkdir(d)
    path = os.path.join(d, "data.bin")
    blob = bytes(range(256)) + b"\nline two\nlast"
    with open(path, "wb") as f:
        print(type(f).__name__, f.mode, f.closed, f.readable(), f.writable(), repr(f).startswith("<_io.BufferedWriter name="))
        print(f.write(blob), f.tell())
        print(f.write(bytearray(b"++")), f.tell())
    print(os.path.getsize(path))
    with open(path, "rb") as f:
        print(repr(f).startswith("<_io.BufferedReader"), f.mode)
        head = f.read(4)
        print(head, list(head), f.tell())
        print(f.read(0), f.read(6), f.tell())
        f.seek(250)
        print(f.read(8), f.tell())
        print(f.readline(), f.readline(), f.tell())
        print(f.read(), f.read(), f.read(5))
        f.seek(-4, 2)
        print(f.read(), f.tell())
        f.seek(10)
        f.seek(5, 1)
        print(f.tell(), f.read(1))
    with open(path, "rb") as f:
        data = f.read()
    print(len(data), data[:3], data[-6:], data == blob + b"++")
    with open(path, "rb") as f:
        lines = f.readlines()
    print(len(lines), lines[-2:], [len(x) for x in lines])
    with open(path, "rb") as f:
        count = 0
        for line in f:
            count += len(line)
        print("iterated", count)
    # append and update in place
    with open(path, "ab") as f:
        f.write(b"!tail")
        print(f.mode, f.tell())
    with open(path, "r+b") as f:
        print(f.mode, f.read(3))
        f.seek(0)
        f.write(b"XYZ")
        f.seek(0)
        print(f.read(5))
        f.seek(0, 2)
        print(f.tell())
        f.truncate(10)
        f.seek(0)
        print(f.read())
    with open(path, "wb+") as f:
        f.write(b"abc\ndef\n")
        f.seek(0)
        print(f.readlines(), f.mode)
    # records of fixed size
    rec = os.path.join(d, "records.bin")
    with open(rec, "wb") as f:
        for i in range(10):
            f.write(i.to_bytes(2, "little") + (i * i).to_bytes(4, "big"))
    with open(rec, "rb") as f:
        while True:
            chunk = f.read(6)
            if not chunk:
                break
            print(int.from_bytes(chunk[:2], "little"), int.from_bytes(chunk[2:], "big"), end="; ")
    print()
    # text <-> bytes round trip
    txt = os.path.join(d, "t.txt")
    with open(txt, "wb") as f:
        f.write("héllo\r\nwörld\n".encode("utf-8"))
    with open(txt) as f:
        print(repr(f.read()))
    with open(txt, "rb") as f:
        print(f.read().decode("utf-8").splitlines())
    try:
        with open(txt, "wb") as f:
            f.write("text")
    except TypeError as e:
        print("TypeError", e)
    try:
        with open(txt, "w") as f:
            f.write(b"bytes")
    except TypeError as e:
        print("TypeError", e)
    try:
        open(txt, "rb", encoding="utf-8")
    except ValueError as e:
        print("ValueError", e)
    for name in sorted(os.listdir(d)):
        os.remove(os.path.join(d, name))
    os.rmdir(d)
    print("cleaned", os.path.exists(d))


main()
