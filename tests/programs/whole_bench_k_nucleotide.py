# k-nucleotide frequency counting in the style of the Benchmarks Game program.
from collections import defaultdict

IM = 139968
IA = 3877
IC = 29573


def make_sequence(n, seed):
    last = seed
    out = []
    acgt = "ACGT"
    for _ in range(n):
        last = (last * IA + IC) % IM
        out.append(acgt[last * 4 // IM])
    return "".join(out)


def count_frequencies(seq, frame):
    counts = defaultdict(int)
    n = len(seq)
    for i in range(n - frame + 1):
        counts[seq[i:i + frame]] += 1
    return counts, n - frame + 1


def write_frequencies(seq, frame):
    counts, total = count_frequencies(seq, frame)
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    for k, v in items:
        print("%s %.3f" % (k, 100.0 * v / total))
    print()


def write_count(seq, fragment):
    counts, _ = count_frequencies(seq, len(fragment))
    print("%d\t%s" % (counts[fragment], fragment))


def main():
    seq = make_sequence(5000, 42)
    write_frequencies(seq, 1)
    write_frequencies(seq, 2)
    for frag in ("GGT", "GGTA", "GGTATT", "GGTATTTTAATT", "GGTATTTTAATTTATAGT"):
        write_count(seq, frag)


if __name__ == "__main__":
    main()
