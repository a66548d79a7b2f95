"""A DEFLATE (RFC 1951) decoder in the style of pyflate, which pyperformance runs
over a bzip2 file: a bit reader over bytes, Huffman tables built from code
lengths, stored/fixed/dynamic blocks. The program decodes a dynamic-Huffman
stream made by zlib, and round-trips its own fixed-Huffman LZ77 encoder and
gzip framing (CRC-32 computed here)."""
import struct


class Bitfield:
    """Reads bits least-significant first from a bytes object (DEFLATE order)."""

    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.bitfield = 0
        self.bits = 0

    def _more(self):
        if self.pos >= len(self.data):
            raise EOFError("out of data")
        self.bitfield |= self.data[self.pos] << self.bits
        self.pos += 1
        self.bits += 8

    def readbits(self, n=1):
        while self.bits < n:
            self._more()
        r = self.bitfield & ((1 << n) - 1)
        self.bitfield >>= n
        self.bits -= n
        return r

    def align(self):
        self.bitfield >>= self.bits % 8
        self.bits -= self.bits % 8

    def tell(self):
        return self.pos * 8 - self.bits


class HuffmanLength:
    def __init__(self, code, bits=0):
        self.code = code
        self.bits = bits
        self.symbol = None

    def __repr__(self):
        return repr((self.code, self.bits, self.symbol))

    def __lt__(self, other):
        if self.bits == other.bits:
            return self.code < other.code
        return self.bits < other.bits


class HuffmanTable:
    def __init__(self, lengths):
        self.table = [HuffmanLength(i, b) for i, b in enumerate(lengths) if b > 0]
        self.table.sort()
        self.populate_huffman_symbols()
        self.decode = {}
        for x in self.table:
            self.decode[(x.bits, x.symbol)] = x.code
        self.min_bits = self.table[0].bits if self.table else 0
        self.max_bits = self.table[-1].bits if self.table else 0

    def populate_huffman_symbols(self):
        bits, symbol = -1, -1
        for x in self.table:
            symbol += 1
            if x.bits != bits:
                symbol <<= (x.bits - bits)
                bits = x.bits
            x.symbol = symbol

    def find_next_symbol(self, field):
        cached_length = 0
        symbol = 0
        while cached_length < self.max_bits:
            # Huffman codes are packed most-significant bit first.
            symbol = (symbol << 1) | field.readbits(1)
            cached_length += 1
            if cached_length >= self.min_bits:
                code = self.decode.get((cached_length, symbol))
                if code is not None:
                    return code
        raise ValueError("unfound symbol, bits=%d symbol=%d" % (cached_length, symbol))


def length_base(code):
    extra = [0] * 8 + [i // 4 for i in range(4, 24)] + [0]
    base = [3]
    for i in range(1, 29):
        base.append(base[-1] + (1 << extra[i - 1]))
    base[28] = 258
    return base[code - 257], extra[code - 257]


def distance_base(code):
    extra = [0, 0, 0, 0] + [i // 2 - 1 for i in range(4, 30)]
    base = [1]
    for i in range(1, 30):
        base.append(base[-1] + (1 << extra[i - 1]))
    return base[code], extra[code]


code_length_orders = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
FIXED_LIT = [8] * 144 + [9] * 112 + [7] * 24 + [8] * 8
FIXED_DIST = [5] * 30


def inflate(data):
    field = Bitfield(data)
    out = bytearray()
    stats = {"stored": 0, "fixed": 0, "dynamic": 0, "matches": 0}
    while True:
        final = field.readbits(1)
        btype = field.readbits(2)
        if btype == 0:
            stats["stored"] += 1
            field.align()
            length, nlength = struct.unpack("<HH", bytes(field.readbits(8) for _ in range(4)))
            if length != (~nlength & 0xFFFF):
                raise ValueError("stored block length check failed")
            out += bytes(field.readbits(8) for _ in range(length))
        elif btype in (1, 2):
            if btype == 1:
                stats["fixed"] += 1
                lit, dist = HuffmanTable(FIXED_LIT), HuffmanTable(FIXED_DIST)
            else:
                stats["dynamic"] += 1
                hlit = field.readbits(5) + 257
                hdist = field.readbits(5) + 1
                hclen = field.readbits(4) + 4
                lengths = [0] * 19
                for i in range(hclen):
                    lengths[code_length_orders[i]] = field.readbits(3)
                code_table = HuffmanTable(lengths)
                all_lengths = []
                while len(all_lengths) < hlit + hdist:
                    r = code_table.find_next_symbol(field)
                    if r < 16:
                        all_lengths.append(r)
                    elif r == 16:
                        all_lengths += [all_lengths[-1]] * (3 + field.readbits(2))
                    elif r == 17:
                        all_lengths += [0] * (3 + field.readbits(3))
                    else:
                        all_lengths += [0] * (11 + field.readbits(7))
                lit = HuffmanTable(all_lengths[:hlit])
                dist = HuffmanTable(all_lengths[hlit:])
            while True:
                r = lit.find_next_symbol(field)
                if r < 256:
                    out.append(r)
                elif r == 256:
                    break
                else:
                    base, extra = length_base(r)
                    length = base + field.readbits(extra)
                    dbase, dextra = distance_base(dist.find_next_symbol(field))
                    distance = dbase + field.readbits(dextra)
                    stats["matches"] += 1
                    for _ in range(length):
                        out.append(out[-distance])
        else:
            raise ValueError("reserved block type")
        if final:
            break
    return bytes(out), stats


class BitWriter:
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.nbits = 0

    def write(self, value, n):
        self.acc |= value << self.nbits
        self.nbits += n
        while self.nbits >= 8:
            self.out.append(self.acc & 0xFF)
            self.acc >>= 8
            self.nbits -= 8

    def write_code(self, symbol, bits):
        # most-significant bit first, as Huffman codes are read
        self.write(int(format(symbol, "0%db" % bits)[::-1], 2), bits)

    def flush(self):
        if self.nbits:
            self.out.append(self.acc & 0xFF)
        self.acc = self.nbits = 0
        return bytes(self.out)


def encode_symbol(table, code):
    for x in table.table:
        if x.code == code:
            return x.symbol, x.bits
    raise KeyError(code)


def deflate_fixed(data, window=1024):
    """LZ77 with a hash of 3-byte prefixes, written as one fixed-Huffman block."""
    lit, dist = HuffmanTable(FIXED_LIT), HuffmanTable(FIXED_DIST)
    lit_codes = {x.code: (x.symbol, x.bits) for x in lit.table}
    w = BitWriter()
    w.write(1, 1)
    w.write(1, 2)
    heads = {}
    i = 0
    while i < len(data):
        key = data[i:i + 3]
        cand = heads.get(key, -1)
        heads[key] = i
        if cand >= 0 and i - cand <= window and len(key) == 3:
            n = 3
            while i + n < len(data) and n < 258 and data[cand + n] == data[i + n]:
                n += 1
            code = 257
            while code < 285 and length_base(code + 1)[0] <= n:
                code += 1
            base, extra = length_base(code)
            w.write_code(*lit_codes[code])
            w.write(n - base, extra)
            d = i - cand
            dcode = 0
            while dcode < 29 and distance_base(dcode + 1)[0] <= d:
                dcode += 1
            dbase, dextra = distance_base(dcode)
            w.write_code(*encode_symbol(dist, dcode))
            w.write(d - dbase, dextra)
            i += n
        else:
            w.write_code(*lit_codes[data[i]])
            i += 1
    w.write_code(*lit_codes[256])
    return w.flush()


def crc32(data):
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        table.append(c)
    crc = 0xFFFFFFFF
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


ZLIB_STREAM = bytes.fromhex(
    "b5965b1282300c45ff5d4556e04081527435a005aa4079a3acde8e7b38df49ef644eefdc"
    "24bac9da5a9936f7784b35fb6390da7fe4b5f5e3227eb7f3bfdc95e7579ebeb9cb5886be"
    "fe2b55683adcda4aed761b4aa71da473d3e6e7f0b659ae9798124e29e10243a129659551"
    "ca0936738a71d698350ce6e604b3060623cd29e55c6134b0ffc39ca1b1990b2e35303be7"
    "1196ce18e70ca35170e9ccad57ee22e038633432cccf060b242c3614b6510c4623c3aca1"
    "b04032dce9c51d4898eb626c6683c5b3c6947f"
)


def gzip_wrap(payload, original, name):
    header = struct.pack("<BBBBIBB", 0x1F, 0x8B, 8, 8, 1700000000, 2, 3) + name + b"\x00"
    return header + payload + struct.pack("<II", crc32(original), len(original) & 0xFFFFFFFF)


def gunzip(blob):
    magic1, magic2, method, flags, mtime, xfl, os_ = struct.unpack("<BBBBIBB", blob[:10])
    if (magic1, magic2) != (0x1F, 0x8B) or method != 8:
        raise ValueError("not a gzip stream")
    pos = 10
    name = b""
    if flags & 8:
        end = blob.index(b"\x00", pos)
        name = blob[pos:end]
        pos = end + 1
    data, stats = inflate(blob[pos:-8])
    crc, size = struct.unpack("<II", blob[-8:])
    return name.decode("latin-1"), mtime, data, crc == crc32(data) and size == len(data), stats


def main():
    text, stats = inflate(ZLIB_STREAM)
    print("zlib stream:", len(ZLIB_STREAM), "->", len(text), "bytes, crc", crc32(text), stats)
    print(text[:44])
    print(text.splitlines()[-1])
    lines = text.decode("ascii").splitlines()
    print("lines:", len(lines), "distinct prefixes:", len({ln.split(":")[0] for ln in lines}))

    sample = b"".join(b"%s=%d;" % (w, i % 7) for i, w in enumerate([b"alpha", b"beta", b"gamma", b"delta"] * 60))
    packed = deflate_fixed(sample)
    back, st = inflate(packed)
    print("fixed:", len(sample), "->", len(packed), back == sample, st)

    stored = struct.pack("<BHH", 1, 5, 0xFFFF ^ 5) + b"hello"
    print("stored:", inflate(stored))

    blob = gzip_wrap(packed, sample, b"sample.txt")
    name, mtime, data, ok, st = gunzip(blob)
    print("gzip:", name, mtime, len(data), ok, blob[:4].hex())

    lengths = [3, 3, 3, 3, 3, 2, 4, 4]
    table = HuffmanTable(lengths)
    print("codes:", [(x.code, format(x.symbol, "0%db" % x.bits)) for x in table.table])
    field = Bitfield(bytes([0b10110100, 0xFF]))
    print("bits:", [field.readbits(3) for _ in range(4)], field.tell())
    try:
        inflate(b"\x07")
    except ValueError as e:
        print("ValueError:", e)
    try:
        inflate(b"")
    except EOFError as e:
        print("EOFError:", e)


if __name__ == "__main__":
    main()
