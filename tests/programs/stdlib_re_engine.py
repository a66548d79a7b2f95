# The matching machine's corners: literal-prefix and first-character scans,
# subjects that are not ASCII (short and long), case-insensitive Unicode
# matching, assertions, backreferences, atomic and possessive repeats,
# conditional groups, empty matches in scans, deep repetition and the
# TypeError for a subject that is not a str.
import re


def show(label, value):
    print(label, value)


def scans():
    text = "xx needle hay needlework needles " * 3
    show("prefix", [m.span() for m in re.finditer(r"needle\w*", text)])
    show("prefix-group", re.findall(r"(needle)(s|work)?", text))
    show("first-char", re.findall(r"h\w+", text))
    show("first-set", re.findall(r"[nh][a-z]{2}", "ahay bneed chat"))
    show("row", re.findall(r"ab|cd|e+f", "xxabyycdzzeeefgg"))
    show("at-start", re.findall(r"^\w+", "one two\nthree", re.M))
    show("no-start", re.search(r"\Aone", "xone"))
    show("empty", re.sub(r"\b", "|", "ab cd"))
    show("empty-star", re.split(r"x*", "axbxxc"))
    show("pos-endpos", re.compile(r"\d+").findall("12 345 6789", 2, 9))


def unicode_subjects():
    short = "naïve café über straße"
    show("words", re.findall(r"\w+", short))
    show("ascii-words", re.findall(r"\w+", short, re.ASCII))
    show("bound", re.findall(r"\b\w", short))
    long_text = ("ünïcödé wörds ànd ASCII words, " * 20) + "the end"
    found = re.findall(r"w\w+s", long_text)
    show("long", (len(found), found[:3]))
    show("long-sub", len(re.sub(r"[äöüïé]", "_", long_text)))
    show("long-split", len(re.split(r",\s*", long_text)))
    m = re.search(r"(?P<w>end)$", long_text)
    show("long-span", (m.span(), m.group("w"), m.lastgroup))
    show("digits", re.findall(r"\d+", "٣٤ 12 ５６"))
    show("spaces", re.split(r"\s+", "a\u2003b\u00a0c  d"))
    show("emoji", re.findall(r".", "a😀b"))


def ignorecase():
    show("i-lit", re.findall(r"straße", "STRASSE Straße STRAßE", re.I))
    show("i-set", re.findall(r"[a-cé]+", "ABCÉé xyz", re.I))
    show("i-sigma", re.findall(r"σ", "Σσς", re.I))
    show("i-kelvin", re.findall(r"k", "kK\u212a", re.I))
    show("i-ascii", re.findall(r"k", "kK\u212a", re.I | re.A))
    show("i-backref", re.findall(r"(\w)\1", "aA bb Cc dE", re.I))


def assertions():
    show("ahead", re.findall(r"\w+(?=!)", "hi! there yes!"))
    show("not-ahead", re.findall(r"\b\w+\b(?!!)", "hi! there yes!"))
    show("behind", re.findall(r"(?<=\$)\d+", "$12 34 $56"))
    show("not-behind", re.findall(r"(?<!\$)\b\d+", "$12 34 $56"))
    show("atomic", re.findall(r"(?>a+)ab", "aaab aab"))
    show("possessive", re.findall(r"a*+b", "aaab b ab"))
    show("lazy", re.findall(r"<.+?>", "<a><bb><>"))
    show("cond", re.findall(r"(<)?(\w+)(?(1)>|$)", "<x> y <z"))
    show("backref", re.findall(r"\b(\w+) \1\b", "is is this this that"))
    m = re.match(r"(a)|(b)", "b")
    show("lastindex", (m.lastindex, m.groups()))
    m = re.fullmatch(r"(x(y)?)+", "xxyx")
    show("repeat-groups", (m.groups(), m.span(1), m.lastindex))


def deep():
    # long subjects through nested repeats: no recursion in the machine
    s = "ab" * 50000
    m = re.fullmatch(r"(?:a(?:b))*", s)
    show("deep-fullmatch", m.end())
    m = re.match(r"(ab|cd)*?$", s)
    show("deep-lazy", m.end())
    show("deep-count", len(re.findall(r"(?:ab){3}", s)))
    show("backtrack", re.match(r"(a|ab)*c", "ab" * 20 + "c").end())


def tokenize():
    # match(text, pos) over long non-ASCII texts: each text's code points
    # are kept for the next call, and a new text (same length) replaces them
    token = re.compile(r"\s*(?:(\d+)|(\w+)|(.))")
    for text in ["größe = 42 + été * (ünï - 7); " * 30, "GRÖSSE = 24 - ÉTÉ / (ÜNÏ + 7); " * 30]:
        pos = 0
        words = []
        counts = [0, 0, 0]
        while pos < len(text):
            m = token.match(text, pos)
            if m is None:
                break
            for g in range(3):
                if m.group(g + 1) is not None:
                    counts[g] += 1
            if m.group(2) is not None and len(words) < 4:
                words.append(m.group(2))
            pos = m.end()
        show("tokens", (len(text), counts, words, token.search(text, 500).span()))
        # a literal pattern over the same long text, found from many places
        lit = re.compile("été" if counts[0] and text[0] == "g" else "ÉTÉ")
        starts = []
        at = 0
        while len(starts) < 5:
            m = lit.search(text, at)
            starts.append(m.start())
            at = m.end() + 100
        show("literal", (starts, len(lit.findall(text)), len(lit.split(text)), lit.match(text, starts[1]).group()))


def errors():
    try:
        re.search(r"\d", b"123")
    except TypeError as e:
        show("bytes", e)
    try:
        re.findall("a", 5)
    except TypeError as e:
        show("int", e)
    try:
        re.sub("a", "b", None)
    except TypeError as e:
        show("none", e)


def main():
    scans()
    unicode_subjects()
    ignorecase()
    assertions()
    deep()
    tokenize()
    errors()


if __name__ == "__main__":
    main()
