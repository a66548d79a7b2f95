# Compiling many regular expressions, as pyperformance's regex_compile does
# and as programs that build patterns from data do: 4,000 distinct patterns
# (word lists, character classes, counted repeats, groups, alternations,
# flags) compiled, kept alive in a table, and each used on a few lines.
import re

WORDS = ["alpha", "beta", "gamma", "delta", "omega", "sigma", "kappa", "theta"]
SHAPES = [
    r"\b{w}(\d{{1,{n}}})\b",
    r"(?P<key>{w})\s*=\s*(?P<value>[^;]{{0,{n}}});",
    r"^(?:{w}|{v})+[a-f0-9]{{{n}}}$",
    r"(\w+)@{w}{n}\.(com|org|net)",
    r"(?i)\b{w}[-_ ]?{v}\b",
    r"[{c}-z]{{2,{n}}}(?={v})",
]


def make_patterns(count):
    pats = []
    for i in range(count):
        w = WORDS[i % 8]
        v = WORDS[(i * 3 + 1) % 8]
        shape = SHAPES[i % len(SHAPES)]
        text = shape.format(w=w, v=v, n=1 + i % 9, c="abcdefgh"[i % 8]) + "|x{%d}" % (i // len(SHAPES))
        pats.append(re.compile(text))
    return pats


def main():
    pats = make_patterns(4000)
    lines = [
        "alpha123 beta=42; gamma-delta omega@sigma3.org",
        "KAPPA theta kappa_theta bob@alpha5.net deadbeef",
        "sigma=xyz;alphabeta0123 delta 98765 omegaomega",
    ]
    hits = 0
    groups = 0
    for p in pats:
        for line in lines:
            m = p.search(line)
            if m:
                hits += 1
                groups += len([g for g in m.groups() if g])
    print(len(pats), hits, groups)
    print(pats[7].pattern, pats[3999].groups)
    print(sorted(set(p.flags for p in pats)))


if __name__ == "__main__":
    main()
