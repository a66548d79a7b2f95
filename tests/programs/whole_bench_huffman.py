# Huffman coding with heapq and a bit writer/reader over lists of ints (in the spirit of pyflate).
import heapq


class BitWriter:
    def __init__(self):
        self.bytes = []
        self.acc = 0
        self.nbits = 0

    def write(self, value, width):
        for i in range(width - 1, -1, -1):
            self.acc = (self.acc << 1) | ((value >> i) & 1)
            self.nbits += 1
            if self.nbits == 8:
                self.bytes.append(self.acc)
                self.acc = 0
                self.nbits = 0

    def flush(self):
        if self.nbits:
            self.bytes.append(self.acc << (8 - self.nbits))
        return self.bytes


class BitReader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def bit(self):
        byte = self.data[self.pos >> 3]
        b = (byte >> (7 - (self.pos & 7))) & 1
        self.pos += 1
        return b


def build_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    heap = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    parents = {}
    counter = len(heap)
    while len(heap) > 1:
        n1, i1, a = heapq.heappop(heap)
        n2, i2, b = heapq.heappop(heap)
        node = "#%d" % counter
        parents[a] = (node, 0)
        parents[b] = (node, 1)
        heapq.heappush(heap, (n1 + n2, counter, node))
        counter += 1
    codes = {}
    for ch in freq:
        bits = []
        cur = ch
        while cur in parents:
            cur, bit = parents[cur]
            bits.append(bit)
        codes[ch] = tuple(reversed(bits))
    return codes


def main():
    text = "this is an example of a huffman tree, with some repeated text text text" * 3
    codes = build_codes(text)
    for ch in sorted(codes)[:6]:
        print(repr(ch), "".join(str(b) for b in codes[ch]))
    w = BitWriter()
    total_bits = 0
    for ch in text:
        code = codes[ch]
        value = 0
        for b in code:
            value = value * 2 + b
        w.write(value, len(code))
        total_bits += len(code)
    data = w.flush()
    print(len(text) * 8, total_bits, len(data), data[:8])
    decode = {v: k for k, v in codes.items()}
    r = BitReader(data)
    out = []
    cur = ()
    while r.pos < total_bits:
        cur = cur + (r.bit(),)
        if cur in decode:
            out.append(decode[cur])
            cur = ()
    print("".join(out) == text, "".join(out[:20]))


if __name__ == "__main__":
    main()
