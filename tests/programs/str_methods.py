# str methods and indexing.


def main():
    s = "  Hello, World  "
    print(s.strip(), s.lstrip(), s.rstrip() + "|", s.lower(), s.upper())
    t = s.strip()
    print(t[0], t[-1], t[1:5], t[::2], t[::-1], len(t))
    print(t.split(", "), "a,b,,c".split(","), "a b  c".split(), "x".join(["1", "2", "3"]))
    print(t.replace("l", "L"), t.replace("l", "L", 1), t.find("o"), t.rfind("o"), t.find("z"), t.count("l"))
    print(t.startswith("Hell"), t.endswith("!"), "abc".isalpha(), "123".isdigit(), " ".isspace())
    print("hello world".title(), "hello".capitalize(), "Hi".swapcase(), "7".zfill(3), "ab".center(6, "*"))
    print("ab".ljust(5) + "|", "ab".rjust(5), "a=b=c".partition("="), "line1\nline2".splitlines())
    print("{} and {}".format(1, "two"), "{0:>5}|{1:.2f}".format(3, 2.5), "{name}!".format(name="x"))
    words = "the quick brown fox".split()
    print(" ".join(w[::-1] for w in words), [c for c in "abc"], "b" in "abc", ord("A"), chr(97))
    print(hex(255), oct(8), bin(5), "%d items" % 3 if False else "skip")
    n = 0
    for ch in "mississippi":
        if ch == "s":
            n += 1
    print(n, "mississippi".index("ss"), "é".upper(), len("héllo"))


if __name__ == "__main__":
    main()
