# Variant written around a compiler gap: a dict translation table instead of str.maketrans/str.translate.
# Reverse-complement in the style of the Benchmarks Game program (str.maketrans/translate).
COMPLEMENT = dict(zip("ACGTUMRWSYKVHDBN", "TGCAAKYWSRMBDHVN"))


def reverse_complement(header, seq):
    out = [header]
    rc = "".join(COMPLEMENT.get(c, c) for c in seq)[::-1]
    for i in range(0, len(rc), 60):
        out.append(rc[i:i + 60])
    return "\n".join(out)


def parse(text):
    records = []
    header = None
    chunks = []
    for line in text.splitlines():
        if line.startswith(">"):
            if header is not None:
                records.append((header, "".join(chunks)))
            header = line
            chunks = []
        else:
            chunks.append(line.upper())
    if header is not None:
        records.append((header, "".join(chunks)))
    return records


def main():
    seq = "".join("ACGTMRWSYK"[(i * 7 + i // 3) % 10] for i in range(150))
    text = ">ONE test\n" + "\n".join(seq[i:i + 50] for i in range(0, 150, 50)) + "\n>TWO more\nacgtacgtnnn\n"
    for header, s in parse(text):
        print(reverse_complement(header, s))


if __name__ == "__main__":
    main()
