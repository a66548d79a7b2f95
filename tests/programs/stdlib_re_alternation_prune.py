# Alternations whose branches the matcher skips by their first character,
# patterns whose search skips start positions, and finditer one match at a
# time: results must be CPython's for every kind of branch (empty, optional,
# anchored, look-around, case-insensitive, non-ASCII, loops, backreferences).
import re

PATTERNS = [
    r"cat|dog|bird",
    r"a|ab|abc",
    r"(x|)y",
    r"(?:ab|a)c",
    r"(?P<n>\d+)|(?P<w>[a-z]+)|(?P<o>.)",
    r"\bfoo|bar\b|baz",
    r"(?=a)ab|b",
    r"(?!a)\w+|a+",
    r"(?i)hello|WORLD|ünï",
    r"é+|e+|[^\x00-\x7f]",
    r"(a*)b|c",
    r"(?:x?)+y|z",
    r"(a|b)*c|d",
    r"(a)(?:\1|b)|c",
    r"^a|b$|c",
    r"(?m)^b|c$",
    r"a{2,3}|b{0,1}c|d",
    r"(?:GET|POST|PUT) /\S*",
    r"\d+(?:\.\d*)?|\.\d+",
    r'"(?:[^"\\]|\\.)*"|\w+',
    r"(?:a|b)?",
    r"x*|y",
    r"(?s).|\n",
    r"[A-Z][a-z]*|[0-9]+|\s+",
    r"(?<=a)b|c",
    r"(?>ab|a)c|ad",
    r"a++b|ac",
]

SUBJECTS = [
    "",
    "a",
    "abc abd ac ad aab",
    "the cat and the dog saw a bird",
    "xy y xxy zy",
    "foo bar baz foobar barfoo",
    "Hello world HELLO ünïcode ÜNÏ",
    "éée eeé café",
    "aaab b c aab",
    "GET /index.html POST /api PUT / DELETE /x",
    "3.14 .5 42 7. x",
    '"a\\"b" word "c" d',
    "line one\nline two\nb\nc",
    "Ab 12 CD  ef\tG",
    "ba ca da",
    "abc ac adc",
    "aab ac ab",
]


def show(m):
    if m is None:
        return None
    return (m.span(), m.group(), m.groups(), m.lastindex, m.lastgroup)


def main():
    for p in PATTERNS:
        rx = re.compile(p)
        for s in SUBJECTS:
            print(repr(p), repr(s))
            print("  search", show(rx.search(s)))
            print("  match", show(rx.match(s)))
            print("  fullmatch", show(rx.fullmatch(s)))
            print("  findall", rx.findall(s))
            print("  finditer", [show(m) for m in rx.finditer(s)])
            print("  sub", rx.sub("<>", s))
            print("  split", rx.split(s))
    # finditer interleaved with other uses of the same pattern
    rx = re.compile(r"(\w)(\w*)")
    out = []
    for m in rx.finditer("one two three"):
        inner = rx.search(m.group(2) + "!")
        out.append((m.group(1), inner.group() if inner else None, [x.group() for x in rx.finditer(m.group())]))
    print(out)
    it1 = rx.finditer("a b c")
    it2 = rx.finditer("x y")
    print([(next(it1).group(), next(it2).group()) for _ in range(2)], [m.group() for m in it1])


if __name__ == "__main__":
    main()
