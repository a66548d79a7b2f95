import io
import sys
from io import StringIO


class Report:
    def __init__(self):
        self.out = StringIO()

    def line(self, *parts):
        self.out.write(" ".join(str(p) for p in parts) + "\n")

    def text(self):
        return self.out.getvalue()


def render(rows, out):
    for name, qty in rows:
        print(f"{name:<8}{qty:>4}", file=out)
    print("-" * 12, file=out)
    print("total", sum(q for _, q in rows), sep=": ", file=out)


def main():
    buf = io.StringIO()
    n = buf.write("hello ")
    print(n, buf.tell())
    buf.write("world\n")
    print("second", "line", 3, sep="|", file=buf)
    print("no newline", end="", file=buf)
    print(repr(buf.getvalue()))
    buf.seek(0)
    print(repr(buf.readline()), repr(buf.read(6)), repr(buf.read()), repr(buf.read()))
    buf.seek(0)
    print([line for line in buf])
    buf.seek(0)
    print(buf.readlines())
    buf.seek(6)
    buf.write("WORLD")
    print(repr(buf.getvalue()[:12]), buf.tell())
    print(buf.seek(0, 2), buf.tell(), buf.seek(0, 1))
    print(buf.truncate(5), repr(buf.getvalue()), buf.tell())
    buf.close()
    print(buf.closed)
    try:
        buf.getvalue()
    except ValueError as e:
        print("ValueError:", e)
    src = StringIO("alpha\nbeta\n\ngamma")
    for i, line in enumerate(src):
        print(i, repr(line.rstrip("\n")))
    print(repr(src.read()), repr(src.readline()))
    lines = StringIO("a,1\nb,2\nc,3\n")
    total = 0
    while True:
        line = lines.readline()
        if not line:
            break
        name, value = line.strip().split(",")
        total += int(value)
    print(total)
    out = StringIO()
    render([("apples", 3), ("pears", 12)], out)
    print(out.getvalue(), end="")
    with StringIO() as s:
        s.writelines(["x", "y", "z"])
        print(s.getvalue(), s.readable(), s.writable(), s.seekable())
    print(s.closed)
    r = Report()
    r.line("a", 1)
    r.line("b", 2.5)
    print(r.text(), end="")
    print("to stdout", file=sys.stdout)
    err = StringIO()
    print(file=err)
    print("x", None, [1, 2], {"k": (1,)}, file=err, end="!\n")
    print(repr(err.getvalue()))
    big = StringIO()
    for i in range(1000):
        big.write(str(i))
    print(len(big.getvalue()), big.getvalue()[-9:])
    try:
        StringIO().seek(-1)
    except ValueError as e:
        print("ValueError:", e)


if __name__ == "__main__":
    main()
