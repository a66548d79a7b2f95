import re


def shout(m):
    return m.group(1).upper() + "!"


def substitution():
    print("-- sub and subn")
    print(re.sub(r"\s+", " ", "a   b \t\n c"))
    print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home ann@work"))
    print(re.sub(r"(?P<user>\w+)@(?P<host>\w+)", r"\g<host>/\g<user> [\g<0>]", "joe@home"))
    print(re.sub(r"(\d)", r"<\g<1>0>", "a1b2"))
    print(re.sub(r"(a)|b", r"[\1]", "abc"))
    print(re.sub(r"x", r"\n\t\\", "axb"))
    print(re.sub(r"x", r"\-\.", "axb"))
    print(re.sub(r"(x)", r"\1\0101", "x"))
    print(re.sub(r"a", "b", "aaaa", count=2), re.sub(r"a", "b", "aaaa", 0))
    print(re.subn(r"a", "b", "banana"), re.subn(r"z", "y", "banana"))
    print(re.subn(r"(\w)(\w)", r"\2\1", "abcdefg", 2))
    print(re.sub(r"x*", "-", "abxd"))
    print(re.sub(r"", "-", "abc"))
    print(re.sub(r"\b", "|", "hi there"))
    print(re.sub(r"(?m)^", "> ", "one\ntwo\nthree"))
    print(re.sub(r"(\w+)", shout, "hey you"))
    print(re.subn(r"(\w+)", shout, "a b c", 2))
    p = re.compile(r"(?P<n>\d+)")
    print(p.sub(r"#\g<n>", "a1 b22"), p.subn("", "a1 b22"))
    m = p.search("x 42 y")
    print(m.expand(r"[\1|\g<n>|\g<0>]"))
    print(re.sub(r"é+", "e", "café éé"), re.sub(r"(?i)É", "E", "Éé"))


def splitting():
    print("-- split")
    print(re.split(r",", "a,b,,c"))
    print(re.split(r"\s*,\s*", "a , b,c ,d"))
    print(re.split(r"(,)", "a,b,c"))
    print(re.split(r"(,)|(;)", "a,b;c"))
    print(re.split(r"\W+", "Words, words, words."))
    print(re.split(r"(\W+)", "Words, words, words."))
    print(re.split(r"\W+", "Words, words, words.", 1))
    print(re.split(r"\W+", "Words, words, words.", maxsplit=2))
    print(re.split(r"[a-f]+", "0a3B9", flags=re.IGNORECASE))
    print(re.split(r"x*", "axbc"))
    print(re.split(r"\b", "a b"))
    print(re.split(r"", "abc"))
    print(re.split(r"^", "a\nb", flags=re.M))
    print(re.split(r"z", "abc"), re.split(r"a", ""), re.split(r"", ""))
    p = re.compile(r"\d")
    print(p.split("a1b2c3d"), p.split("a1b2c3d", 2))


def errors():
    print("-- errors")
    for pattern in [r"(", r"(a", r"a)", r"*a", r"a**", r"a{3,2}", r"[a", r"[z-a]", r"\q", r"(?P<1>a)",
                    r"(?P<a>x)(?P<a>y)", r"(?P=nope)", r"\2(a)", r"(a)\2", r"(?<=a+)b", r"(?z)", r"x(?i)y",
                    r"a{1,2}{3}", r"(?P<n", r"(?", r"\x4", r"[\d-z]", "abc\n(", r"(?#x", r"+", r"?", r"a|*",
                    r"(?<a)", r"(?P", r"(?P<>a)", r"\8", r"(?i", r"(?-", r"[]", "\\\\", r"(?P=a", r"\u12"]:
        try:
            p = re.compile(pattern)
            print(repr(pattern), "compiles:", p)
        except re.error as e:
            print(repr(pattern), "error:", e)
    for repl in [r"\3", r"\g<x>", r"\g<", r"\q", r"\g<-1>", r"\g<a b>"]:
        try:
            print(re.sub(r"(a)(b)", repl, "ab"))
        except re.error as e:
            print(repr(repl), "error:", e)
        except IndexError as e:
            print(repr(repl), "IndexError:", e)


def escaping():
    print("-- escape")
    for s in ["a.b", "1+1=2", "[x]", "path/to/file.txt", "tab\there", "naïve", "$5 (or so)?"]:
        e = re.escape(s)
        print(repr(s), repr(e), re.fullmatch(e, s) is not None)


def literal_replacements_non_ascii():
    # a literal replacement builds the result in one piece: code point
    # positions in non-ASCII text, short and long, with and without count
    print("-- literal replacements in non-ASCII text")
    short = "Zürich, São Paulo; Kraków — 東京"
    print(re.sub(r"[,;]\s*", " | ", short))
    print(re.sub("", "-", "añb"), re.sub("x*", "é", "abxxc"))
    long_text = ("naïve café — ünïcödé " * 40) + "end"
    out, n = re.subn(r"é\b", "E", long_text)
    print(n, len(out), out[:44], out[-30:])
    print(re.sub("ï", "", long_text, count=3)[:40])
    print(re.sub("[a-z]+", "", "abc δ def").isascii(), re.sub("δ", "d", "abc δ def").isascii())


def main():
    substitution()
    literal_replacements_non_ascii()
    splitting()
    errors()
    escaping()


if __name__ == "__main__":
    main()
