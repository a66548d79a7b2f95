# sys.stdin.buffer, sys.stdout.buffer and sys.stderr.buffer: binary reads and writes of the standard
# streams, as the benchmarks game's programs do them (k-nucleotide and reverse-complement read
# sys.stdin.buffer, fasta and mandelbrot write sys.stdout.buffer). The input is io_std_buffers.stdin.
import sys


def read_header(stream):
    title = stream.readline().rstrip().decode('utf-8')
    count = int(stream.readline())
    return title, count


def read_records(stream, count):
    records = []
    for _ in range(count):
        line = stream.readline()
        records.append(line.rstrip(b'\n').split(b','))
    return records


def read_sequence(fileobj, name):
    # Skip to the named record with readline(), then take its lines by iteration.
    line = fileobj.readline()
    while line and not line.startswith(b'>' + name):
        line = fileobj.readline()
    seq = bytearray()
    for line in fileobj:
        if line[:1] == b'>':
            break
        seq += line.strip()
    return seq.decode('ascii').upper()


def main():
    inp = sys.stdin.buffer
    title, count = read_header(inp)
    print("title:", title, "count:", count)
    print(repr(inp), inp.name, inp.mode, inp.readable(), inp.writable())
    for name, qty in read_records(inp, count):
        print(name.decode('ascii'), int(qty))
    print("read(5):", inp.read(5), inp.readline())
    seq = read_sequence(sys.stdin.buffer, b'TWO')
    print(len(seq), seq[:20], seq.count('G'))
    tail = sys.stdin.buffer.read()
    print(len(tail), tail.count(b'\n'), tail[-12:])
    print(repr(sys.stdin.buffer.read()), repr(sys.stdin.buffer.readline()))

    out = sys.stdout.buffer
    # (Their repr depends on the environment: with PYTHONUNBUFFERED, CPython's is a FileIO.)
    print(out.writable(), sys.stderr.buffer.writable(), out.readable())
    # CPython keeps print()'s text in its own buffer until a flush: a program that mixes text and
    # binary writes flushes between them.
    sys.stdout.flush()
    n = out.write(b"binary line\n")
    out.flush()
    print("wrote", n)
    sys.stdout.flush()
    write = sys.stdout.buffer.write
    total = 0
    for i in range(3):
        total += write(b"%d: " % i + bytes([65 + i]) * 3 + b"\n")
    total += sys.stdout.buffer.write(bytearray(b"from a bytearray\n"))
    sys.stdout.buffer.flush()
    print("total", total)
    try:
        sys.stdout.buffer.write("text")
    except TypeError as e:
        print("TypeError:", e)
    sys.stderr.buffer.write(b"to stderr\n")
    print("after")


if __name__ == "__main__":
    main()
