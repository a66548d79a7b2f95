"""LZW.py: Lempel-Ziv-Welch compression after the Shed Skin example program:
a string table grown one entry per emitted code, codes packed into a bit
stream of growing width (9 to 12 bits, a CLEAR code when the table fills,
as in GIF/compress), and the decoder that rebuilds the same table, with the
KwKwK special case. The input is text made from a seeded random walk over a
small vocabulary instead of a file."""

import random

CLEAR = 256
EOI = 257
FIRST = 258
MAX_BITS = 12


class BitWriter(object):
    def __init__(self):
        self.out = bytearray()
        self.acc = 0
        self.nbits = 0

    def write(self, code, width):
        self.acc |= code << self.nbits
        self.nbits += width
        while self.nbits >= 8:
            self.out.append(self.acc & 0xff)
            self.acc >>= 8
            self.nbits -= 8

    def flush(self):
        if self.nbits > 0:
            self.out.append(self.acc & 0xff)
        self.acc = 0
        self.nbits = 0
        return bytes(self.out)


class BitReader(object):
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.acc = 0
        self.nbits = 0

    def read(self, width):
        while self.nbits < width:
            if self.pos >= len(self.data):
                return -1
            self.acc |= self.data[self.pos] << self.nbits
            self.pos += 1
            self.nbits += 8
        code = self.acc & ((1 << width) - 1)
        self.acc >>= width
        self.nbits -= width
        return code


def compress(uncompressed):
    """Compress a string to a list of output symbols."""
    dict_size = 256
    dictionary = dict((chr(i), i) for i in range(dict_size))
    w = ""
    result = []
    for c in uncompressed:
        wc = w + c
        if wc in dictionary:
            w = wc
        else:
            result.append(dictionary[w])
            dictionary[wc] = dict_size
            dict_size += 1
            w = c
    if w:
        result.append(dictionary[w])
    return result


def decompress(compressed):
    """Decompress a list of output ks to a string."""
    dict_size = 256
    dictionary = dict((i, chr(i)) for i in range(dict_size))
    compressed = list(compressed)
    w = result = dictionary[compressed.pop(0)]
    parts = [result]
    for k in compressed:
        if k in dictionary:
            entry = dictionary[k]
        elif k == dict_size:
            entry = w + w[0]
        else:
            raise ValueError('Bad compressed k: %s' % k)
        parts.append(entry)
        dictionary[dict_size] = w + entry[0]
        dict_size += 1
        w = entry
    return ''.join(parts)


def pack(data):
    """Variable-width LZW over bytes, the table reset when it is full."""
    writer = BitWriter()
    width = 9
    table = {}
    next_code = FIRST
    writer.write(CLEAR, width)
    prefix = -1
    for byte in data:
        if prefix < 0:
            prefix = byte
            continue
        key = (prefix, byte)
        code = table.get(key)
        if code is not None:
            prefix = code
            continue
        writer.write(prefix, width)
        if next_code < (1 << MAX_BITS):
            table[key] = next_code
            next_code += 1
            if next_code > (1 << width) and width < MAX_BITS:
                width += 1
        else:
            writer.write(CLEAR, width)
            table.clear()
            next_code = FIRST
            width = 9
        prefix = byte
    if prefix >= 0:
        writer.write(prefix, width)
    writer.write(EOI, width)
    return writer.flush()


def unpack(packed):
    reader = BitReader(packed)
    out = bytearray()
    width = 9
    strings = [bytes([i]) for i in range(256)] + [b'', b'']
    previous = None
    while True:
        code = reader.read(width)
        if code < 0 or code == EOI:
            break
        if code == CLEAR:
            del strings[FIRST:]
            width = 9
            previous = None
            continue
        if code < len(strings):
            entry = strings[code]
        elif code == len(strings) and previous is not None:
            entry = previous + previous[:1]
        else:
            raise ValueError('bad code %d at byte %d' % (code, reader.pos))
        out += entry
        if previous is not None:
            strings.append(previous + entry[:1])
            if len(strings) + 1 > (1 << width) and width < MAX_BITS:
                width += 1
        previous = entry
    return bytes(out)


def make_text(rng, nwords):
    vocab = ['the', 'quick', 'brown', 'fox', 'jumps', 'over', 'lazy', 'dog',
             'TOBEORNOT', 'to', 'be', 'or', 'not', 'abracadabra', 'banana',
             'compression', 'table', 'code', 'width', 'stream']
    words = []
    prev = 0
    for _ in range(nwords):
        prev = (prev + rng.choice([1, 1, 2, 3, 5, 8])) % len(vocab)
        words.append(vocab[prev])
        if rng.random() < 0.1:
            words.append('\n')
    return ' '.join(words)


def main():
    rng = random.Random(1234)
    samples = ['TOBEORNOTTOBEORTOBEORNOT', 'aaaaaaaaaaaaaaaaaaaaaaaaaaaa',
               'abababababababab', '']
    for s in samples:
        codes = compress(s)
        print(repr(s), codes[:12], len(codes))
        if codes:
            assert decompress(codes) == s
    total_in = total_out = 0
    for round_ in range(6):
        text = make_text(rng, 1500 + 700 * round_)
        codes = compress(text)
        back = decompress(codes)
        assert back == text
        raw = text.encode('ascii')
        packed = pack(raw)
        assert unpack(packed) == raw, 'round trip failed'
        total_in += len(raw)
        total_out += len(packed)
        print('round %d: %6d chars -> %5d codes, %5d bytes packed (%.1f%%), max code %d'
              % (round_, len(text), len(codes), len(packed),
                 100.0 * len(packed) / len(raw), max(codes)))
    noise = bytes(rng.randrange(256) for _ in range(5000))
    packed = pack(noise)
    assert unpack(packed) == noise
    print('noise: %d -> %d bytes' % (len(noise), len(packed)))
    print('total: %d -> %d (ratio %.3f)' % (total_in, total_out, total_out / total_in))


if __name__ == '__main__':
    main()
