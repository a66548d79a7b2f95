import textwrap
from textwrap import wrap, fill, dedent, indent, shorten, TextWrapper

SAMPLE = ("The quick brown fox jumps over the lazy dog. A well-known pangram, "
          "it contains every letter of the English alphabet -- at least once! "
          "Look, goof-ball -- use the -b option; self-explanatory, e-mail and "
          "state-of-the-art ideas are hyphenated.")


def show_lines(label, lines):
    print(label, len(lines))
    for line in lines:
        print("|" + line + "|")


def main():
    show_lines("wrap 30", wrap(SAMPLE, 30))
    show_lines("wrap 12", wrap(SAMPLE, width=12))
    show_lines("wrap 7", wrap("state-of-the-art hyper-super-long-compound-word x", 7))
    show_lines("no hyphen break", wrap(SAMPLE, 20, break_on_hyphens=False))
    show_lines("no long break", wrap("a supercalifragilisticexpialidocious word", 10, break_long_words=False))
    show_lines("long break", wrap("a supercalifragilisticexpialidocious word", 10))
    show_lines("dashes", wrap("----------- ---a--b-- x--y multi--dash--words", 6))
    print(fill(SAMPLE, 40))
    print(fill(SAMPLE, 36, initial_indent="* ", subsequent_indent="  "))
    print(repr(fill("  leading   and  trailing   spaces  ", 10)))
    print(repr(fill("tabs\there\tand\nnewlines\n\nin text", 12)))
    print(repr(fill("a\tb\tc", 30, expand_tabs=False)))
    print(repr(fill("keep  two  spaces", 100, replace_whitespace=False)))
    print(repr(fill("Hello there.  How are you? Fine! \"Quoted.\" Mr. Smith", 80, fix_sentence_endings=True)))
    print(wrap("  indented start", 8, drop_whitespace=False))
    print(wrap("", 10), wrap("   ", 10))
    show_lines("max_lines", wrap(SAMPLE, 25, max_lines=3))
    show_lines("max_lines placeholder", wrap(SAMPLE, 25, max_lines=2, placeholder=" ..."))
    print(shorten("Hello  world!", width=12))
    print(shorten("Hello  world!", width=11))
    print(shorten(SAMPLE, 50))
    print(shorten(SAMPLE, 40, placeholder="..."))
    print(shorten("   many     spaces   between   words   ", 15))
    wrapper = TextWrapper(width=24, initial_indent="> ", subsequent_indent=">> ")
    show_lines("wrapper", wrapper.wrap(SAMPLE))
    wrapper.width = 50
    print(wrapper.fill("changed the width after construction of the wrapper object"))
    w2 = TextWrapper()
    print(w2.width, w2.break_on_hyphens, w2.placeholder)
    print(len(w2.fill(SAMPLE * 2).split("\n")))
    print(repr(dedent("    def f():\n        return 1\n    \n    x = 2\n")))
    print(repr(dedent("  a\n\tb\n")))
    print(repr(dedent("\t  x\n\t y\n")))
    print(repr(dedent("no indent\n  here\n")))
    print(repr(dedent("   \n      deep\n    shallow\n  \t\n")))
    print(repr(dedent("")))
    print(repr(indent("one\ntwo\n\nthree\n", "  ")))
    print(repr(indent("one\n  \ntwo", "> ")))
    print(repr(indent("keep\n\nall\n", "+ ", lambda line: True)))
    print(repr(indent("a\r\nb\rc", "# ")))
    print(repr(textwrap.fill("module attribute call works", 10)))
    try:
        wrap("text", 0)
    except ValueError as e:
        print("ValueError:", e)
    try:
        wrap("some text here", 3, max_lines=1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        TextWrapper(width=-5).wrap("x")
    except ValueError as e:
        print("ValueError:", e)


if __name__ == "__main__":
    main()
