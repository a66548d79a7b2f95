"""zlib: compress/decompress at every level and framing (zlib, raw deflate,
gzip), compressobj/decompressobj streaming with max_length, unused_data and
unconsumed_tail, crc32/adler32 with running values, and zlib.error messages."""

import zlib


def main():
    data = b"hello hello hello zlib world " * 40 + bytes(range(256))
    c = zlib.compress(data)
    print(len(c), c[:16].hex(), zlib.crc32(c), zlib.adler32(data))
    print(zlib.decompress(c) == data)
    for level in (0, 1, 6, 9):
        print(level, len(zlib.compress(data, level)), zlib.crc32(zlib.compress(data, level)))
    raw = zlib.compress(data, 9, -15)
    gz = zlib.compress(data, 6, 31)
    print(len(raw), len(gz), gz[:3].hex(), zlib.decompress(raw, -15) == data, zlib.decompress(gz, 31) == data)
    co = zlib.compressobj(6, zlib.DEFLATED, 15)
    parts = [co.compress(data[i:i + 100]) for i in range(0, len(data), 100)]
    parts.append(co.flush())
    stream = b"".join(parts)
    print([len(p) for p in parts], stream == c)
    do = zlib.decompressobj()
    out = b""
    for i in range(0, len(stream), 50):
        out += do.decompress(stream[i:i + 50])
    out += do.flush()
    print(out == data, do.eof, do.unused_data)
    do2 = zlib.decompressobj()
    first = do2.decompress(c + b"TRAILER", 100)
    print(len(first), len(do2.unconsumed_tail), do2.eof)
    rest = do2.decompress(do2.unconsumed_tail)
    print(len(first + rest), do2.eof, do2.unused_data)
    print(zlib.crc32(b"abc", 12345), zlib.crc32(b""), zlib.adler32(b"abc", 7))
    try:
        zlib.decompress(b"not zlib data")
    except zlib.error as e:
        print("error:", e)
    try:
        zlib.decompress(c[:-5])
    except zlib.error as e:
        print("error:", e)
    for make in (lambda: zlib.compressobj(wbits=99), lambda: zlib.decompressobj(wbits=99), lambda: zlib.compressobj(level=99),
                 lambda: zlib.compress(b"x", wbits=99), lambda: zlib.decompress(b"x", wbits=99)):
        try:
            make()
        except (zlib.error, ValueError) as e:
            print(type(e).__name__, e)
    print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.DEFLATED)


if __name__ == "__main__":
    main()
