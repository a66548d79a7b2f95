"""difflib: SequenceMatcher over strs and lists (ratios, opcodes, matching
blocks, junk), unified/context diffs, ndiff, restore, get_close_matches."""
import difflib


def main():
    m = difflib.SequenceMatcher(None, "abxcd", "abcd")
    print(round(m.ratio(), 4), m.get_opcodes(), m.get_matching_blocks())
    m.set_seq2("axcd")
    print(round(m.ratio(), 4), m.quick_ratio(), m.real_quick_ratio())
    words = difflib.SequenceMatcher(lambda w: w == "the", "the cat sat on the mat".split(), "the dog sat on a mat".split())
    for op in words.get_opcodes():
        print(op)
    print(words.find_longest_match(0, 6, 0, 6))
    a = ["line %d\n" % i for i in range(12)]
    b = a[:3] + ["inserted\n"] + a[3:7] + a[8:] + ["tail\n"]
    print("".join(difflib.unified_diff(a, b, "before", "after", n=1)), end="")
    print("".join(difflib.context_diff(a, b, "before", "after", n=0)), end="")
    delta = list(difflib.ndiff(["spam\n", "eggs\n"], ["spam\n", "eggz\n", "ham\n"]))
    print("".join(delta), end="")
    print("".join(difflib.restore(delta, 1)) == "spam\neggs\n")
    print(difflib.get_close_matches("wheel", ["whale", "wheat", "while", "hello", "weasel"], n=2))
    print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_LINE_JUNK("  # note\n"), difflib.IS_LINE_JUNK("x = 1\n"))
    try:
        difflib.get_close_matches("x", ["y"], n=0)
    except ValueError as e:
        print("ValueError:", e)


main()
