# Compiled patterns handed back to the re module's functions (Fredrik Lundh's
# regex benchmarks keep `search = re.search` and call it with compiled
# patterns), mixed with pattern strings, and a flags argument with a compiled
# pattern (CPython's ValueError).
import re


def table():
    return [re.compile("Python|Perl"), re.compile("(Python)\\1"), re.compile("([a-z][a-z0-9]*,)+"), re.compile(".*P.*y.*t.*h.*o.*n.*")]


def main():
    search = re.search
    strings = ["-" * 5 + "Perl" + "-" * 5, "PythonPython", "--a5,b7,c9,--", "xPyython"]
    for pat in table():
        for s in strings:
            m = search(pat, s)
            print(pat.pattern, s, m.span() if m else None)
    word = re.compile(r"\w+")
    print(re.findall(word, "one two  three"), re.sub(word, "X", "a b"), re.split(re.compile(","), "a,b,,c"))
    print(re.match(word, "hi there").group(), re.fullmatch(word, "abc") is not None, re.subn(word, "-", "p q r"))
    print([m.group() for m in re.finditer(word, "x yy zzz")])
    print(re.compile(word) is word, re.search("Perl", strings[0]).start())
    try:
        re.search(word, "abc", re.I)
    except ValueError as e:
        print("ValueError:", e)


if __name__ == "__main__":
    main()
