# Text files: open() modes, reading by size/line, iteration, writing, print(file=), newlines, encodings.
import os


def workdir():
    # A folder of its own (the reference run and the compiled program may run side by side).
    d = "files_text_%d" % os.getpid()
    os.mkdir(d)
    return d


def shown(d, text):
    return text.replace(d, "<dir>")


def main():
    d = workdir()
    path = os.path.join(d, "poem.txt")
    lines = ["Tyger Tyger, burning bright,", "In the forests of the night;", "What immortal hand or eye,", "Could frame thy fearful symmetry?"]
    with open(path, "w") as f:
        print(type(f).__name__, shown(d, f.name), f.mode, f.closed, f.encoding, f.readable(), f.writable(), f.seekable())
        for line in lines:
            count = f.write(line + "\n")
            print("wrote", count)
        print(shown(d, repr(f)))
    print("closed after with:", f.closed)
    # whole file, sizes, lines
    with open(path) as f:
        text = f.read()
    print(len(text), text.count("\n"), text.splitlines()[2])
    with open(path, "r") as f:
        print(repr(f.read(5)), repr(f.read(0)), repr(f.read(7)), f.tell())
        print(repr(f.readline()))
        print(repr(f.readline(4)), repr(f.readline()))
        rest = f.readlines()
        print(rest, repr(f.read()), repr(f.readline()))
    f = open(path)
    numbered = []
    for i, line in enumerate(f, 1):
        numbered.append("%d: %s" % (i, line.rstrip("\n")))
    f.close()
    print("\n".join(numbered))
    with open(path) as f:
        print([len(line) for line in f])
    with open(path) as f:
        print(f.readlines(30))
    with open(path) as f:
        first = next(f)
        second = next(f)
        print(repr(first), repr(second), list(f)[-1])
    # seek and re-read
    with open(path) as f:
        f.read()
        print(f.tell(), f.seek(0), repr(f.readline()), f.tell())
        f.seek(6)
        print(repr(f.read(5)))
    # append, writelines, print to a file
    with open(path, "a") as f:
        f.writelines(["and more\n", "and the end\n"])
        print("printed", 42, sep=", ", end="!\n", file=f)
        print(file=f)
    with open(path) as f:
        print(f.read().splitlines()[-4:])
    # 'w' truncates; 'x' creates only
    with open(path, "w") as f:
        pass
    print(repr(open(path).read()), os.path.getsize(path))
    new = os.path.join(d, "fresh.txt")
    with open(new, "x") as f:
        f.write("created")
    print(open(new).read())
    try:
        open(new, "x")
    except FileExistsError as e:
        print("FileExistsError", shown(d, str(e)))
    # r+ and w+
    with open(new, "r+") as f:
        print(f.read(3))
        f.seek(0)
        f.write("CRE")
        f.seek(0)
        print(f.read())
    with open(new, "w+") as f:
        f.write("hello\nworld\n")
        f.seek(0)
        print(f.readlines())
    # newline handling: universal newlines when reading, translation when writing
    mixed = os.path.join(d, "mixed.txt")
    with open(mixed, "w", newline="") as f:
        f.write("unix\nwindows\r\nold mac\rend")
    with open(mixed) as f:
        print(repr(f.read()))
    with open(mixed, newline="") as f:
        print(f.readlines())
    with open(mixed, newline="\n") as f:
        print(f.readlines())
    with open(mixed, newline="\r\n") as f:
        print(f.readlines())
    with open(mixed, "w", newline="\r\n") as f:
        f.write("a\nb\n")
    print(open(mixed, "rb").read())
    # encodings
    uni = os.path.join(d, "uni.txt")
    with open(uni, "w", encoding="utf-8") as f:
        f.write("naïve café — 日本語 😀\n")
    print(open(uni, encoding="utf-8").read(), end="")
    print(open(uni, "rb").read())
    with open(uni, "w", encoding="latin-1") as f:
        f.write("café\n")
    print(open(uni, "rb").read(), open(uni, encoding="latin-1").read(), end="")
    try:
        open(uni, encoding="utf-8").read()
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)
    print(open(uni, encoding="utf-8", errors="replace").read(), end="")
    try:
        with open(uni, "w", encoding="ascii") as f:
            f.write("ok then é")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
    # tell() at every line of a UTF-8 file, and seeking back to one
    marks = os.path.join(d, "marks.txt")
    with open(marks, "w", encoding="utf-8") as f:
        for i in range(5):
            f.write("línea %d ✓\n" % i)
    offsets = []
    with open(marks, encoding="utf-8") as f:
        while True:
            offsets.append(f.tell())
            if not f.readline():
                break
        f.seek(offsets[2])
        print(repr(f.readline()), f.tell())
        f.seek(0)
        print(f.read(3), f.tell())
    print(offsets)
    # utf-8-sig: a byte order mark at the start of the file only
    csv = os.path.join(d, "table.csv")
    with open(csv, "w", encoding="utf-8-sig") as f:
        f.write("name,city\n")
        f.write("Zoë,Köln\n")
    with open(csv, "a", encoding="utf-8-sig") as f:
        f.write("Ana,Porto\n")
    print(open(csv, "rb").read())
    print(repr(open(csv, encoding="utf-8-sig").read()), repr(open(csv, encoding="utf-8").read()[:3]))
    print("x".encode("utf-8-sig"), b"\xef\xbb\xbfhi".decode("utf-8-sig"), b"hi".decode("utf_8_sig"))
    # a file object dropped at once (CPython closes it then)
    open(os.path.join(d, "oneliner.txt"), "w").write("kept")
    print(open(os.path.join(d, "oneliner.txt")).read())
    for name in sorted(os.listdir(d)):
        os.remove(os.path.join(d, name))
    os.rmdir(d)
    print(os.path.exists(d))


main()
