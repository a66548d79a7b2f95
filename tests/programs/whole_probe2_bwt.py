"""Burrows-Wheeler transform + move-to-front + run-length + Huffman size estimate, and inverse."""
import heapq
from collections import Counter

TEXT = ("SIX.MIXED.PIXIES.SIFT.SIXTY.PIXIE.DUST.BOXES. " * 3 +
        "banana bandana cabana " * 4 + "to be or not to be that is the question ")


def bwt(s, eos="\0"):
    s = s + eos
    table = sorted(range(len(s)), key=lambda i: s[i:] + s[:i])
    return "".join(s[i - 1] for i in table)


def ibwt(r, eos="\0"):
    n = len(r)
    order = sorted(range(n), key=lambda i: (r[i], i))
    row = r.index(eos)
    out = []
    for _ in range(n):
        row = order[row]
        out.append(r[row])
    s = "".join(out)
    return s[:-1] if s.endswith(eos) else s.rstrip(eos)


def mtf_encode(s):
    alphabet = sorted(set(s))
    out = []
    for ch in s:
        i = alphabet.index(ch)
        out.append(i)
        alphabet.insert(0, alphabet.pop(i))
    return out, sorted(set(s))


def mtf_decode(codes, alphabet):
    alphabet = list(alphabet)
    out = []
    for i in codes:
        ch = alphabet[i]
        out.append(ch)
        alphabet.insert(0, alphabet.pop(i))
    return "".join(out)


def rle_zeros(codes):
    out = []
    run = 0
    for c in codes:
        if c == 0:
            run += 1
            continue
        if run:
            out.append(("Z", run))
            run = 0
        out.append(("L", c))
    if run:
        out.append(("Z", run))
    return out


def huffman_bits(symbols):
    freq = Counter(symbols)
    if len(freq) == 1:
        return len(symbols)
    heap = [(f, i, 0) for i, f in enumerate(freq.values())]
    heapq.heapify(heap)
    total = 0
    counter = len(heap)
    while len(heap) > 1:
        f1, _, _ = heapq.heappop(heap)
        f2, _, _ = heapq.heappop(heap)
        total += f1 + f2
        heapq.heappush(heap, (f1 + f2, counter, 0))
        counter += 1
    return total


def main():
    b = bwt(TEXT)
    print(len(TEXT), repr(b[:60]))
    assert ibwt(b) == TEXT
    codes, alphabet = mtf_encode(b)
    print("mtf zeros:", codes.count(0), "of", len(codes), "max code", max(codes))
    assert mtf_decode(codes, alphabet) == b
    runs = rle_zeros(codes)
    print("rle tokens:", len(runs), runs[:10])
    raw_bits = huffman_bits(TEXT)
    bwt_bits = huffman_bits(runs)
    print(f"huffman raw {raw_bits} bits ({raw_bits / len(TEXT):.3f} b/ch), after bwt+mtf+rle {bwt_bits} bits ({bwt_bits / len(TEXT):.3f} b/ch)")
    for word in ["banana", "abracadabra", "mississippi", "a", ""]:
        t = bwt(word, "$")
        print(f"{word!r:>14} -> {t!r:<15} back {ibwt(t, '$')!r}")
    big = "".join(chr(97 + (i * i + i // 7) % 5) for i in range(3000))
    bb = bwt(big)
    print(ibwt(bb) == big, Counter(bb[:100]).most_common(3), len(rle_zeros(mtf_encode(bb)[0])))


if __name__ == "__main__":
    main()
