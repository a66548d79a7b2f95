# The Benchmarks Game's regex-redux over a generated FASTA-like DNA text:
# strip headers and newlines with sub(), count nine variant patterns with
# findall(), then apply the IUB-code substitutions in a chain of sub()s.
import re

IUB = "acgtBDHKMNRSVWY"


def fasta(n, seed):
    # A deterministic DNA text, 60 characters a line with a header line
    # every 5000 lines: lines drawn (by a linear congruential generator)
    # from a pool of generated lines, mostly acgt with some IUB codes, and
    # every seventh line the ALU repeat the original benchmark uses.
    x = seed
    pool = []
    for i in range(997):
        row = []
        for j in range(60):
            x = (x * 1103515245 + 12345) % 2147483648
            k = (x >> 16) % 100
            if k < 97:
                row.append("acgt"[(x >> 8) % 4])
            else:
                row.append(IUB[4 + (x >> 8) % 11])
        pool.append("".join(row))
    alu = ALU * 3
    lines = []
    for i in range(n // 60):
        if i % 5000 == 0:
            lines.append(">ONE Homo sapiens alu part %d" % (i // 5000))
        if i % 7 == 3:
            at = (i * 60) % len(ALU)
            lines.append(alu[at:at + 60])
        else:
            x = (x * 1103515245 + 12345) % 2147483648
            lines.append(pool[(x >> 12) % 997])
    return "\n".join(lines) + "\n"


ALU = ("GGCCGGGCGCGGTGGCTCACGCCTGTAATCCCAGCACTTTGG"
       "GAGGCCGAGGCGGGCGGATCACCTGAGGTCAGGAGTTCGAGA"
       "CCAGCCTGGCCAACATGGTGAAACCCCGTCTCTACTAAAAAT"
       "ACAAAAATTAGCCGGGCGTGGTGGCGCGCGCCTGTAATCCCA"
       "GCTACTCGGGAGGCTGAGGCAGGAGAATCGCTTGAACCCGGG"
       "AGGCGGAGGTTGCAGTGAGCCGAGATCGCGCCACTGCACTCC"
       "AGCCTGGGCGACAGAGCGAGACTCCGTCTCAAAAA").lower()


VARIANTS = [
    "agggtaaa|tttaccct",
    "[cgt]gggtaaa|tttaccc[acg]",
    "a[act]ggtaaa|tttacc[agt]t",
    "ag[act]gtaaa|tttac[agt]ct",
    "agg[act]taaa|ttta[agt]cct",
    "aggg[acg]aaa|ttt[cgt]ccct",
    "agggt[cgt]aa|tt[acg]accct",
    "agggta[cgt]a|t[acg]taccct",
    "agggtaa[cgt]|[acg]ttaccct",
]

SUBST = [
    ("tHa[Nt]", "<4>"),
    ("aND|caN|Ha[DS]|WaS", "<3>"),
    ("a[NSt]|BY", "<2>"),
    ("<[^>]*>", "|"),
    ("\\|[^|][^|]*\\|", "-"),
]


def main():
    seq = fasta(2500000, 42)
    ilen = len(seq)
    seq = re.sub(">.*\n|\n", "", seq)
    clen = len(seq)
    for v in VARIANTS:
        print(v, len(re.findall(v, seq)))
    for f, r in SUBST:
        seq = re.sub(f, r, seq)
    print()
    print(ilen)
    print(clen)
    print(len(seq))


if __name__ == "__main__":
    main()
