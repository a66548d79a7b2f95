"""sys.stdout.write and sys.stderr.write (and flush) read as values: kept in a local, a parameter's
default, a list; each call writes to its own stream and returns the length written."""
import sys


def emit(line: str, out=sys.stdout.write) -> None:
    out(line + "\n")


def main() -> None:
    write = sys.stdout.write
    write("x\n")
    n = write("abc\n")
    print(n)
    err = sys.stderr.write
    err("to stderr\n")
    emit("through a default")
    flush = sys.stdout.flush
    flush()
    writers = [sys.stdout.write, write]
    for w in writers:
        w("listed\n")
    total = 0
    for word in ["alpha", "beta", "gamma"]:
        total += write(word + " ")
    write("\n")
    print("total", total)


main()
