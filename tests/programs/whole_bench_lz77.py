# Variant written around a compiler gap: range(int(length)) because range() over a dynamic value does not compile yet.
# LZ77-style compression and decompression of generated text with a sliding window.
WINDOW = 255
MIN_MATCH = 3


def compress(text):
    i = 0
    out = []
    n = len(text)
    while i < n:
        best_len = 0
        best_off = 0
        start = max(0, i - WINDOW)
        for j in range(start, i):
            length = 0
            while i + length < n and text[j + length] == text[i + length] and length < 255:
                length += 1
            if length > best_len:
                best_len = length
                best_off = i - j
        if best_len >= MIN_MATCH:
            out.append((best_off, best_len))
            i += best_len
        else:
            out.append(text[i])
            i += 1
    return out


def decompress(tokens):
    buf = []
    for tok in tokens:
        if isinstance(tok, tuple):
            off, length = tok
            start = len(buf) - off
            for k in range(int(length)):
                buf.append(buf[start + k])
        else:
            buf.append(tok)
    return "".join(buf)


def make_text(n):
    words = ["alpha", "beta", "gamma", "delta", "alphabet", "bet"]
    state = 12345
    parts = []
    for _ in range(n):
        state = (state * 69069 + 1) % 4294967296
        parts.append(words[state % len(words)])
    return " ".join(parts)


def main():
    for n in (10, 60, 200):
        text = make_text(n)
        tokens = compress(text)
        literals = sum(1 for t in tokens if not isinstance(t, tuple))
        matches = len(tokens) - literals
        restored = decompress(tokens)
        print(n, len(text), len(tokens), literals, matches, restored == text)
    print(compress("abcabcabcabcx"))


if __name__ == "__main__":
    main()
