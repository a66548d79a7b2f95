# The benchmarks game's FASTA readers, as their Python 3 programs are written: reverse-complement
# and k-nucleotide read the output of fasta from sys.stdin.buffer, and the results go out through
# sys.stdout.buffer.write. The input is whole_bg_fasta_stdin.stdin (a small fasta output).
import io
import sys
from collections import defaultdict


def reverse_complement(header, sequence):
    t = sequence.translate(
        bytes.maketrans(b'ACBDGHK\nMNSRUTWVYacbdghkmnsrutwvy',
                        b'TGVHCDM\nKNSYAAWBRTGVHCDMKNSYAAWBR'),
        b'\n')
    output = bytearray()
    trailing_length = len(t) % 60
    if trailing_length:
        output += b'\n' + t[:trailing_length]
    for i in range(trailing_length, len(t), 60):
        output += b'\n' + t[i:i + 60]
    return header, output[::-1]


def read_sequences(file):
    for line in file:
        if line[0] == ord('>'):
            header = line
            sequence = bytearray()
            for line in file:
                if line[0] == ord('>'):
                    yield header, sequence
                    header = line
                    sequence = bytearray()
                else:
                    sequence += line
            yield header, sequence
            break


def revcomp(stream, write):
    for header, sequence in read_sequences(stream):
        h, r = reverse_complement(header, sequence)
        write(h)
        write(r)
        write(b'\n')


def count_frequencies(sequence, frame):
    frequencies = defaultdict(int)
    for i in range(len(sequence) - frame + 1):
        frequencies[sequence[i:i + frame]] += 1
    return frequencies


def read_sequence(fileobj, name):
    for line in fileobj:
        if line.startswith(b'>' + name):
            break
    seq = []
    for line in fileobj:
        if line.startswith(b'>'):
            break
        seq.append(line.rstrip())
    return b''.join(seq).decode('ascii').upper()


def knucleotide(stream):
    seq = read_sequence(stream, b'THREE')
    lines = []
    for frame in (1, 2):
        freqs = count_frequencies(seq, frame)
        total = sum(freqs.values())
        for k, v in sorted(freqs.items(), key=lambda kv: (-kv[1], kv[0])):
            lines.append("%s %.3f" % (k, 100.0 * v / total))
        lines.append("")
    for s in ('GGT', 'GGTA', 'GGTATT', 'GGTATTTTAATT', 'GGTATTTTAATTTATAGT'):
        lines.append("%d\t%s" % (count_frequencies(seq, len(s))[s], s))
    return lines


def gc_report(data):
    # Per record: its length and GC content, as a summary line each.
    report = []
    for header, sequence in read_sequences(io.BytesIO(data)):
        body = bytes(sequence).replace(b'\n', b'').upper()
        gc = body.count(b'G') + body.count(b'C')
        name = header[1:].split()[0].decode('ascii')
        report.append('%-6s %5d bases, GC %.2f%%' % (name, len(body), 100.0 * gc / max(len(body), 1)))
    return report


def main():
    data = sys.stdin.buffer.read()
    out = sys.stdout.buffer
    write = out.write
    write(b'== reverse-complement ==\n')
    revcomp(io.BytesIO(data), write)
    out.flush()
    print('== k-nucleotide ==')
    for line in knucleotide(io.BytesIO(data)):
        print(line)
    print('== records ==')
    for line in gc_report(data):
        print(line)
    sys.stdout.flush()
    write(b'%d bytes read, %d lines\n' % (len(data), data.count(b'\n')))


if __name__ == '__main__':
    main()
