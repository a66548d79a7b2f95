"""TextWrapper options combined over generated texts: hyphens, em-dashes, tabs, sentence endings, max_lines."""
import textwrap

WORDS = ["a", "bb", "ccc-dd", "e--f", "--", "-x", "long-hyphenated-word-here", "ñandú", "Zz.", "end!\"", "  ", "\t", "x\ny", "1-2-3", "ab-cd", "a-b"]


def main():
    state = 4242
    for case in range(240):
        state = (state * 1103515245 + 12345) % 2147483648
        count = state % 12
        parts = []
        for _ in range(count):
            state = (state * 1103515245 + 12345) % 2147483648
            parts.append(WORDS[(state >> 7) % len(WORDS)])
        sep = " " if case % 3 else ""
        text = sep.join(parts)
        # Wider than the indents: CPython's TextWrapper loops forever on a text that
        # starts with whitespace when the first line's indent fills the width.
        width = 4 + (state >> 3) % 14
        wrapper = textwrap.TextWrapper(width=width, initial_indent="-" * (case % 4), subsequent_indent="." * (case % 3),
                                       break_long_words=(case % 5 != 0), break_on_hyphens=(case % 7 != 0),
                                       drop_whitespace=(case % 6 != 0), fix_sentence_endings=(case % 2 == 0),
                                       expand_tabs=(case % 8 != 0), tabsize=case % 5)
        try:
            print(case, wrapper.wrap(text))
        except ValueError as e:
            print(case, "ValueError", e)
        max_lines = 1 + case % 3
        try:
            print(textwrap.wrap(text, width + 6, max_lines=max_lines, placeholder=" ~", subsequent_indent=" " * (case % 3)))
        except ValueError as e:
            print(case, "ValueError", e)


if __name__ == "__main__":
    main()
