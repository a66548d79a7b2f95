"""Text processing: textwrap, a context manager timer-free indenter, sentence stats, concordance."""
import sys
import textwrap
from collections import Counter, defaultdict

DOC = """
    Python is an easy to learn, powerful programming language. It has efficient
    high-level data structures and a simple but effective approach to object-oriented
    programming. Python's elegant syntax and dynamic typing, together with its
    interpreted nature, make it an ideal language for scripting and rapid application
    development in many areas on most platforms. The Python interpreter and the
    extensive standard library are freely available in source or binary form for all
    major platforms from the Python web site, and may be freely distributed.
"""

STOP = set("a an and the to it its is in on of or for with from are be may has make but".split())


class Indenter:
    def __init__(self, out):
        self.level = 0
        self.out = out

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.level -= 1
        return False

    def write(self, text):
        self.out.append("    " * self.level + text)


def sentences(text):
    out = []
    current = []
    for token in text.split():
        current.append(token)
        if token.endswith((".", "!", "?")):
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def normalise(word):
    return word.strip(".,;:!?'\"()").lower().removesuffix("'s")


def concordance(text, width=20):
    words = text.split()
    index = defaultdict(list)
    for i, w in enumerate(words):
        n = normalise(w)
        if n and n not in STOP:
            index[n].append(i)
    lines = []
    for word in sorted(index, key=lambda w: (-len(index[w]), w))[:4]:
        for i in index[word]:
            left = " ".join(words[max(0, i - 3):i])
            right = " ".join(words[i + 1:i + 4])
            lines.append(f"{left:>{width}} [{words[i]}] {right}")
    return lines


def main():
    text = textwrap.dedent(DOC).strip()
    print(textwrap.fill(text, width=50))
    print()
    print(textwrap.indent(textwrap.fill(text, 70)[:200], "> "))
    print(textwrap.shorten(text, width=60, placeholder=" [...]"))
    sents = sentences(text)
    out = []
    with Indenter(out) as ind:
        ind.write(f"{len(sents)} sentences")
        with ind:
            for i, s in enumerate(sents, 1):
                words = [normalise(w) for w in s.split()]
                ind.write(f"#{i}: {len(words)} words, avg {sum(map(len, words)) / len(words):.2f} chars, first={words[0]!r}")
        ind.write("done")
    print("\n".join(out))
    freq = Counter(n for n in [normalise(w) for w in text.split()] if n not in STOP)
    print(freq.most_common(5))
    for line in concordance(text):
        sys.stdout.write(line + "\n")
    caps = sorted({w.strip(".,") for w in text.split() if w[0].isupper()}, key=str.lower)
    print(caps, text.count("Python"), text.find("syntax"), text.rfind("the"))
    table = str.maketrans("aeiou", "AEIOU", "-'")
    print(sents[1].translate(table))
    print("|".join(w.center(9, "~") for w in ["alpha", "be", "gamma"]), "x".rjust(4, "0"), "y".ljust(3, "."))
    print(repr("  a\tb\n".expandtabs(4)), "A-b_c d".replace("-", " ").replace("_", " ").split(), "a,b,,c".split(","))
    print("%s has %d chars" % ("doc", len(text)), "{:,}".format(len(text) * 1000))


if __name__ == "__main__":
    main()
