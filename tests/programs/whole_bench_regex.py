# Regular expressions over generated text (in the spirit of bm_regex_effbot / regex_v8).
import re

WORD = re.compile(r"[A-Za-z]+")
NUMBER = re.compile(r"(\d+)\.(\d+)")


def main():
    text = " ".join("item%d costs %d.%02d dollars" % (i, i * 3, i * 7 % 100) for i in range(20))
    words = WORD.findall(text)
    print(len(words), words[:5])
    prices = [(int(a), int(b)) for a, b in NUMBER.findall(text)]
    print(prices[:4], sum(a for a, _ in prices))
    print(re.sub(r"item(\d+)", r"<\1>", text)[:60])
    m = re.search(r"costs (\d+)", text)
    print(m.group(0), m.group(1), m.start(), m.end())
    print(re.split(r"\s+dollars\s*", text)[:3])
    print(bool(re.match(r"^item\d", text)), re.fullmatch(r"[a-z]+", "abc") is not None)


if __name__ == "__main__":
    main()
