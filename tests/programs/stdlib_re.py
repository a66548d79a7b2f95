import re


def show(m):
    # A match's whole story: repr, groups, spans, lastindex/lastgroup.
    if m is None:
        print("  no match")
        return
    print(" ", m)
    print("   groups", m.groups(), "spans", [m.span(i) for i in range(len(m.groups()) + 1)])
    print("   lastindex", m.lastindex, "lastgroup", m.lastgroup)


def syntax():
    print("-- syntax")
    cases = [
        (r"abc", "xxabcxx"),
        (r"a.c", "a\nc abc"),
        (r"ab*c", "ac abc abbbc"),
        (r"ab+c", "ac abc abbbc"),
        (r"ab?c", "abbc abc"),
        (r"a{2}", "a aa aaa"),
        (r"a{2,}", "a aaaa"),
        (r"a{,2}b", "aaab"),
        (r"a{1,3}", "aaaaa"),
        (r"a{1,3}?", "aaaaa"),
        (r"a*?b", "aaab"),
        (r"a+?", "aaa"),
        (r"a??b", "ab"),
        (r"x{}", "x{}"),
        (r"x{1,a}", "x{1,a}"),
        (r"[abc]+", "xxbcaxx"),
        (r"[^abc]+", "abcxyzabc"),
        (r"[a-f0-9]+", "zz1f9e!"),
        (r"[]x]+", "a]x]b"),
        (r"[x-]+", "a-x-b"),
        (r"[\d.]+", "v1.25b"),
        (r"[\w\s]+", "hi there!"),
        (r"[^\W\d]+", "42abc_1"),
        (r"\d+", "abc 123 def"),
        (r"\D+", "123abc456"),
        (r"\w+", "  hello_world42 "),
        (r"\W+", "abc!? def"),
        (r"\s+", "a \t\n b"),
        (r"\S+", "   xyz  "),
        (r"^abc", "abc"),
        (r"abc$", "xabc\n"),
        (r"\Aab", "ab"),
        (r"ab\Z", "ab\n"),
        (r"\bcat\b", "concat cat category"),
        (r"\Bcat\B", "concat cat category scats"),
        (r"(\w+)@(\w+)\.com", "mail joe@example.com now"),
        (r"(?:ab)+", "abababx"),
        (r"(?P<key>\w+)=(?P<value>\d+)", "x: width=640;"),
        (r"(?P<q>['\"]).*?(?P=q)", "say 'hi' or \"bye\""),
        (r"(a)(b)?(c)", "ac"),
        (r"(a|b)*c", "abbac"),
        (r"(a|ab)(c|bcd)(d*)", "abcd"),
        (r"((a)|b)+", "ab"),
        (r"(\d)(\d)?", "5"),
        (r"(\w)\1", "abccd"),
        (r"(?i)hello", "Say HeLLo"),
        (r"(?s)a.b", "a\nb"),
        (r"(?m)^\w+$", "one\ntwo"),
        (r"(?x) \d+ \s* # digits then spaces\n [a-z]+", "  42   abc"),
        (r"foo(?=bar)", "foobaz foobar"),
        (r"foo(?!bar)", "foobar foobaz"),
        (r"(?<=\$)\d+", "cost: $42"),
        (r"(?<!\$)\b\d+", "$42 and 17"),
        (r"(?<=ab|cd)x", "abx cdx"),
        (r"\x41\u00e9\101\0", "A\u00e9A\x00"),
        (r"\t\n\\", "a\t\n\\b"),
        (r"a|b|c", "xxcxx"),
        (r"|a", "a"),
        (r"(a*)*b", "aab"),
        (r"(a*)+", "b"),
        (r"(a|)+", "aa"),
        (r"(?:x|(y))+", "yx"),
        (r"(?i:AB)c", "abc abC"),
        (r"(?>a+)b", "aab"),
        (r"a++b", "aaab"),
        (r"(a)?(?(1)b|c)", "ab c"),
        (r"(?#a comment)z", "xyz"),
        (r".*", "line one\nline two"),
        (r".*?o", "foo boo"),
        (r"^$", ""),
    ]
    for pattern, text in cases:
        print(repr(pattern), repr(text))
        show(re.search(pattern, text))


def flags():
    print("-- flags")
    print(int(re.I), int(re.IGNORECASE), int(re.M), int(re.S), int(re.X), int(re.A), int(re.I | re.M), re.I == 2)
    print(re.findall(r"^[a-z]+$", "abc\nDEF\nghi", re.M | re.I))
    print(re.findall(r"^[a-z]+$", "abc\nDEF\nghi", re.MULTILINE))
    print(re.findall(r"a.c", "a\nc abc", re.DOTALL))
    print(re.findall(r"a.c", "a\nc abc", re.S | re.I))
    print(re.findall(r"(?i)straße", "STRAßE straße"))
    print(re.findall(r"\w+", "naïve café 42", re.A))
    print(re.findall(r"\w+", "naïve café 42"))
    print(re.findall(r"\d", "1٢3"), re.findall(r"\d", "1٢3", re.ASCII))
    print(re.search(r"""
        (\d{3})   # area code
        [-.\s]?
        (\d{4})   # number
    """, "call 555-1234 now", re.VERBOSE).groups())
    print(re.match(r"k", "\u212a", re.I), re.match(r"[a-z]+", "ABC", re.I))
    print(re.match(r"(?i)(a)\1", "aA"))
    for p in [re.compile("a+b"), re.compile("x", re.I), re.compile("(?i)x"), re.compile("y", re.M | re.S),
              re.compile("z", re.A), re.compile("w", re.X | re.I)]:
        print(p, p.flags, p.pattern, p.groups)


def api():
    print("-- api")
    p = re.compile(r"(?P<word>[a-z]+)(?P<num>\d*)")
    print(p, p.pattern, p.groups, sorted(p.groupindex.items()))
    m = p.search("  abc123 ")
    print(m, bool(m), m.group(), m.group(0), m.group(1, 2), m.group("word"), m["num"], m[0])
    print(m.groups(), m.groupdict(), m.start(), m.end(), m.span(), m.start("num"), m.end(2))
    print(m.string, m.pos, m.endpos, m.re.pattern, m.lastindex, m.lastgroup, m.regs)
    print(m.expand(r"\2-\1 \g<word> \g<2>!"))
    m = re.match(r"(a)(b)?", "ac")
    print(m.groups(), m.groups("-"), m.group(2), m.span(2), m.start(2))
    m = re.match(r"(?P<a>x)(?P<b>y)?", "x")
    print(m.groupdict(), m.groupdict(""))
    print(p.match("abc1"), p.match("1abc"), p.fullmatch("abc1"), p.fullmatch("abc1 "))
    print(p.search("xx abc", 3), p.search("abc def", 1, 6), p.match("abc def", 4))
    print(re.match(r"\d+", "123abc"), re.fullmatch(r"\d+", "123"), re.fullmatch(r"\d+", "123a"))
    print(re.search(r"^b", "ab", re.M), re.compile(r"^b").search("ab", 1))
    print(re.compile(r"$").search("ab\n", 0, 2))
    print(re.findall(r"\w+", "one two three"))
    print(re.findall(r"(\w)(\d)", "a1 b2 c"))
    print(re.findall(r"(\w)=(\d)?", "a= b=2"))
    print(re.findall(r"x*", "axxb"))
    print(re.findall(r"(a)|b", "ab"))
    print(re.findall(r"", "ab"))
    print([m.span() for m in re.finditer(r"\d+", "a1b22c333")])
    print([m.group(1) for m in re.finditer(r"(\w)\w*", "hello big world")])
    for m in re.finditer(r"(?P<k>\w+):(?P<v>\w+)", "a:1 b:2"):
        print(m.group("k"), m.group("v"), m.span())
    print(list(re.finditer(r"x*", "axb")))
    print(re.escape("a.b*c?d[e]f(g)h{i}j|k^l$m\\n o-p#q&r~s"), re.escape("plain_123"))
    print(re.search(re.escape("1+1=2?"), "is 1+1=2? yes"))
    print(re.match("a", "a") is not None, re.match("b", "a") is None)
    re.purge()
    print(re.compile("abc") is re.compile("abc"))
    try:
        m.group(5)
    except IndexError as e:
        print("IndexError:", e)
    try:
        m.group("nope")
    except IndexError as e:
        print("IndexError:", e)


def long_subject():
    print("-- long subject")
    s = "x" * 5000 + "END"
    m = re.match(r".*END", s)
    print(m.span(), len(m.group()))
    m = re.match(r".*?END", s)
    print(m.span())
    m = re.search(r"(x+)(y*)END", s)
    print(m.span(), m.span(1))
    m = re.match(r"(?:x|y)*END", s)
    print(m.span())
    print(len(re.findall(r"x", s)), len(re.split(r"x{100}", s)))
    print(re.sub(r"x+", "-", s))
    lines = "\n".join(["line %d" % i for i in range(2000)])
    print(len(re.findall(r"(?m)^line \d*7$", lines)))
    print(re.search(r"1999$", lines))


def main():
    syntax()
    flags()
    api()
    long_subject()


if __name__ == "__main__":
    main()
