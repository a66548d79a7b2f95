"""String-processing katas: roman numerals, bowling, caesar/vigenere, RLE, word wrap, anagrams, number words."""
import string
from collections import Counter

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = values[a]
        total += -v if b != " " and values[b] > v else v
    return total


def bowling(rolls):
    score = 0
    i = 0
    for frame in range(10):
        if rolls[i] == 10:
            score += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            score += 10 + rolls[i + 2]
            i += 2
        else:
            score += rolls[i] + rolls[i + 1]
            i += 2
    return score


def caesar(text, shift):
    lower = string.ascii_lowercase
    upper = string.ascii_uppercase
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)


def vigenere(text, key, decrypt=False):
    out = []
    k = 0
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            shift = ord(key[k % len(key)].lower()) - ord("a")
            if decrypt:
                shift = -shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            k += 1
        else:
            out.append(ch)
    return "".join(out)


def rle_encode(s):
    if not s:
        return ""
    out = []
    prev, count = s[0], 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}" if count > 1 else prev)
            prev, count = ch, 1
    out.append(f"{count}{prev}" if count > 1 else prev)
    return "".join(out)


def rle_decode(s):
    out = []
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num or 1))
            num = ""
    return "".join(out)


def wrap(text, width):
    lines, line = [], []
    length = 0
    for word in text.split():
        if line and length + 1 + len(word) > width:
            lines.append(" ".join(line))
            line, length = [], 0
        length += len(word) + (1 if line else 0)
        line.append(word)
    if line:
        lines.append(" ".join(line))
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(map(len, words))
    q, r = divmod(spaces, gaps)
    return "".join(w + " " * (q + (1 if i < r else 0)) for i, w in enumerate(words[:-1])) + words[-1]


ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def say(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, r = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + say(r) if r else "")
    for value, name in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")):
        if n >= value:
            q, r = divmod(n, value)
            return say(q) + " " + name + ((", " if r >= 100 else " and ") + say(r) if r else "")
    raise AssertionError


TEXT = """The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs!
How vexingly quick daft zebras jump; the five boxing wizards jump quickly."""


def main():
    for n in (1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999):
        r = to_roman(n)
        assert from_roman(r) == n
        print(f"{n:>5} {r}")
    try:
        to_roman(0)
    except ValueError as e:
        print("error:", e)
    print(bowling([10] * 12), bowling([9, 1] * 10 + [9]), bowling([3, 4] * 10), bowling([10, 7, 3, 9, 0, 10, 0, 8, 8, 2, 0, 6, 10, 10, 10, 8, 1]))
    secret = caesar(TEXT, 13)
    print(secret.splitlines()[0])
    print(caesar(secret, 13) == TEXT)
    v = vigenere("Attack at dawn!", "LEMON")
    print(v, "|", vigenere(v, "LEMON", decrypt=True))
    for s in ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabcccccaaa", ""]:
        enc = rle_encode(s)
        print(repr(enc), rle_decode(enc) == s)
    for line in wrap(TEXT, 28):
        print("|" + justify(line, 28) + "|")
    words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
    letters = Counter(ch for ch in TEXT.lower() if ch.isalpha())
    print("pangram:", set(string.ascii_lowercase) <= set(letters), letters.most_common(4))
    groups = {}
    for w in ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]:
        groups.setdefault("".join(sorted(w)), []).append(w)
    print([g for g in groups.values() if len(g) > 1])
    print(max(words, key=len), sorted(set(words), key=lambda w: (-len(w), w))[:5])
    for n in (0, 13, 85, 100, 342, 1001, 12345, 1000000, 987654321):
        print(f"{n:>10,}: {say(n)}")
    print("title case".title(), "Swap Me".swapcase())


if __name__ == "__main__":
    main()
