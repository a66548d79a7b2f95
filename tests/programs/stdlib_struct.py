# struct: pack/unpack in every byte order and format, calcsize, Struct objects, errors.
import struct


def attempt(label, f):
    try:
        print(label, repr(f()))
    except struct.error as e:
        print(label, "struct.error:", e)
    except (OverflowError, TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)


def main():
    print(struct.pack("<I", 1), struct.pack(">I", 1), struct.pack("!I", 1), struct.pack("=I", 1), struct.pack("@I", 1))
    print(struct.pack("<hHbB", -2, 65535, -128, 255), struct.pack(">qQ", -1, 2 ** 64 - 1), struct.pack("<iIlL", -5, 5, -7, 7))
    print(struct.pack("<?c3s", True, b"z", b"abcdef"), struct.pack("<5p", b"ab"), struct.pack("<2x"), struct.pack("@nN", -3, 3))
    print(struct.pack("<e", 1.5), struct.pack("<f", 0.1), struct.pack(">d", -2.5), struct.pack("<f", 3), struct.pack("<d", True))
    print(struct.unpack("<I", b"\x01\x00\x00\x00"), struct.unpack(">h", b"\xff\xfe"), struct.unpack("<q", b"\xff" * 8))
    print(struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack("<e", b"\x00\x7c"), struct.unpack(">d", struct.pack(">d", 1e300)))
    print(struct.unpack("<?c3s2x", b"\x02Xabc\x00\x00"), struct.unpack("5p", b"\x02abzz"), struct.unpack("<3B", bytearray(b"\x01\x02\x03")))
    for fmt in ["", "b", "@bhi", "@bq", "=bq", "<2h3s", "@ci", "5p", " i i ", "0i", "@b0i", "3x", "<e", "@P", "!Q"]:
        print(repr(fmt), struct.calcsize(fmt))
    packed = struct.pack("@bhiq", 1, 2, 3, 4)
    print(packed, len(packed), struct.unpack("@bhiq", packed))
    # half floats
    for x in [0.0, -0.0, 1.0, 65504.0, 65519.99, 6e-08, 3e-08, 2.9e-08, 1 / 3, float("inf"), float("-inf")]:
        b = struct.pack("<e", x)
        print(x, b, struct.unpack("<e", b)[0])
    print(struct.unpack("<e", struct.pack("<e", float("nan")))[0], struct.unpack("<f", struct.pack("<f", float("nan")))[0])
    for x in [1.0, 0.1, 1e38, -1e-45, 16777217.0]:
        print(x, struct.unpack("<f", struct.pack("<f", x))[0])
    # Struct objects
    rec = struct.Struct("<IH8s")
    print(rec.format, rec.size)
    data = rec.pack(7, 300, b"name")
    print(data, rec.unpack(data))
    buf = bytearray(rec.size * 2)
    rec.pack_into(buf, rec.size, 9, 1, b"second")
    struct.pack_into("<I", buf, 0, 0xDEADBEEF)
    print(buf, rec.unpack_from(buf, rec.size), struct.unpack_from("<I", buf))
    print(list(struct.iter_unpack("<hh", b"\x01\x00\x02\x00\x03\x00\x04\x00")), [t for t in rec.iter_unpack(bytes(buf))])
    print(struct.unpack_from("<H", b"\x00\x01\x02\x03", -2), struct.unpack_from("<H", b"\x00\x01\x02\x03", offset=1))
    a, b, c = struct.unpack("<bbb", b"\x01\x02\x03")
    print(a + b + c)
    fields = struct.unpack(">4B", bytes([192, 168, 0, 1]))
    print(".".join(str(f) for f in fields))
    # values unpacked from a list or tuple
    row = [3, 4, 5]
    pair = (1, 2)
    print(struct.pack("<3H", *row), struct.pack("<B3H", 9, *row), struct.pack("<HH", *pair))
    area = bytearray(8)
    struct.pack_into("<2H", area, 2, *[7, 8])
    print(area)
    attempt("star count", lambda: struct.pack("<2H", *row))
    # errors
    attempt("byte", lambda: struct.pack("b", 200))
    attempt("ubyte", lambda: struct.pack("<B", -1))
    attempt("short", lambda: struct.pack("h", 40000))
    attempt("ushort native", lambda: struct.pack("H", -1))
    attempt("ushort std neg", lambda: struct.pack(">H", -1))
    attempt("ushort std big", lambda: struct.pack("<H", 70000))
    attempt("int", lambda: struct.pack("i", 2 ** 31))
    attempt("std int low", lambda: struct.pack("<i", -2 ** 31 - 1))
    attempt("uint big", lambda: struct.pack("<I", 2 ** 32))
    attempt("uint neg", lambda: struct.pack("<I", -1))
    attempt("long std", lambda: struct.pack("<l", 2 ** 31))
    attempt("ulong std", lambda: struct.pack("<L", 2 ** 32))
    attempt("long native", lambda: struct.pack("l", 2 ** 63))
    attempt("quad", lambda: struct.pack("<q", 2 ** 63))
    attempt("uquad", lambda: struct.pack("Q", -1))
    attempt("not int", lambda: struct.pack("<i", 1.5))
    attempt("not int str", lambda: struct.pack("b", "x"))
    attempt("not float", lambda: struct.pack("<f", "x"))
    attempt("float big", lambda: struct.pack("<f", 1e300))
    attempt("half big", lambda: struct.pack("<e", 65520.0))
    attempt("s type", lambda: struct.pack("s", 1))
    attempt("p type", lambda: struct.pack("p", "s"))
    attempt("c long", lambda: struct.pack("c", b"ab"))
    attempt("c int", lambda: struct.pack("c", 1))
    attempt("too few", lambda: struct.pack("ii", 1))
    attempt("too many", lambda: struct.pack("i", 1, 2))
    attempt("pad args", lambda: struct.pack("x", 1))
    attempt("bad char", lambda: struct.calcsize("z"))
    attempt("bad std char", lambda: struct.calcsize("<n"))
    attempt("count only", lambda: struct.calcsize("3"))
    attempt("unpack size", lambda: struct.unpack("<i", b"abc"))
    attempt("unpack_from size", lambda: struct.unpack_from("<i", b"abcdef", 4))
    attempt("unpack_from neg", lambda: struct.unpack_from("<i", b"abcdef", -10))
    attempt("iter size", lambda: list(struct.iter_unpack("<i", b"abcdef")))
    attempt("iter zero", lambda: struct.iter_unpack("", b"ab"))
    attempt("pack_into small", lambda: struct.pack_into("<i", bytearray(4), 2, 1))
    attempt("unpack str", lambda: struct.unpack("<b", "x"))
    print(isinstance(struct.error("m"), Exception))


main()
