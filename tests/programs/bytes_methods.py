# bytes methods, bytearray mutation, codecs, int.to_bytes/from_bytes.


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def main():
    b = b"  The quick brown fox  "
    print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Tx"), b"xxhixx".strip(b"x"), b"\t\n a \r\x0b\x0c".strip())
    print(b.split(), b"a,b,,c".split(b","), b"a,b,c".split(b",", 1), b"a b c".rsplit(None, 1), b"a,b,c".rsplit(b",", 1))
    print(b"  a  b  ".split(None, 1), b"".split(), b"".split(b","), b"abc".split(b"abc"))
    print(b"one\ntwo\r\nthree\rfour".splitlines(), b"x\ny\n".splitlines(True))
    print(b", ".join([b"a", b"b", b"c"]), b"".join([]), b"-".join([bytearray(b"x"), b"y"]), bytearray(b"+").join([b"1", b"2"]))
    attempt("join str", lambda: b",".join(["a"]))
    attempt("split empty", lambda: b"abc".split(b""))
    print(b"hello".startswith(b"he"), b"hello".startswith((b"x", b"h")), b"hello".endswith(b"lo"), b"hello".startswith(b"l", 2))
    attempt("startswith str", lambda: b"hello".startswith("h"))
    print(b"banana".find(b"an"), b"banana".find(b"an", 2), b"banana".rfind(b"an"), b"banana".find(b"x"), b"banana".find(110))
    print(b"banana".index(b"n"), b"banana".rindex(b"n"), b"banana".count(b"a"), b"banana".count(b"an"), b"banana".count(b""))
    attempt("index missing", lambda: b"banana".index(b"z"))
    attempt("find str", lambda: b"banana".find("a"))
    print(b"aaa".replace(b"a", b"b"), b"aaa".replace(b"a", b"bb", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"x", b"y"))
    print(b"Hello World".upper(), b"Hello World".lower(), b"Hello World".swapcase(), b"hello world".title(), b"hELLO".capitalize())
    print(b"\xe9a".upper(), b"123".isdigit(), b"12a".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t".isspace(), b"".isspace())
    print(b"ABC".isupper(), b"abc".islower(), b"Abc".isupper(), b"abc\x80".isascii(), b"abc".isascii())
    print(b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="), b"abc".partition(b"x"), b"abc".rpartition(b"x"))
    print(b"ab".center(6, b"*"), b"ab".ljust(5), b"ab".rjust(5, b"0"), b"42".zfill(5), b"-42".zfill(5), b"abc".center(2))
    print(b"prefix_body".removeprefix(b"prefix_"), b"body.txt".removesuffix(b".txt"), b"x".removeprefix(b"y"))
    # hex / fromhex
    print(b"\x00\xff\x10".hex(), b"".hex(), b"\x01\x02\x03\x04".hex(":"), b"\x01\x02\x03\x04\x05".hex("-", 2), b"\x01\x02\x03".hex(" ", -2))
    print(bytes.fromhex("deadbeef"), bytes.fromhex(" 00 ff 10 "), bytearray.fromhex("4142"), bytes.fromhex(""))
    attempt("fromhex bad", lambda: bytes.fromhex("0g"))
    attempt("fromhex odd", lambda: bytes.fromhex("abc"))
    # codecs
    text = "naïve café — 日本 😀"
    data = text.encode()
    print(data, len(text), len(data), data.decode() == text, data.decode("utf-8"), text.encode("utf-8") == data)
    print("abc".encode("ascii"), "café".encode("latin-1"), b"caf\xe9".decode("latin-1"), "ABC".encode("UTF8"), "x".encode(encoding="utf_8"))
    attempt("ascii enc", lambda: "café".encode("ascii"))
    attempt("ascii enc run", lambda: "a日本b".encode("ascii"))
    attempt("latin enc", lambda: "€".encode("latin-1"))
    attempt("astral", lambda: "x😀".encode("latin-1"))
    print("café".encode("ascii", "ignore"), "café".encode("ascii", "replace"), "café€".encode("ascii", "backslashreplace"))
    attempt("bad start", lambda: b"ab\xffcd".decode())
    attempt("bad cont", lambda: b"\xe4\x41".decode())
    attempt("bad cont 2", lambda: b"\xf0\x9f\x41".decode())
    attempt("truncated", lambda: b"ok\xe4\xb8".decode())
    attempt("truncated 1", lambda: b"\xc3".decode("utf-8"))
    attempt("ascii dec", lambda: b"a\xe9".decode("ascii"))
    attempt("surrogate", lambda: b"\xed\xa0\x80".decode())
    attempt("overlong", lambda: b"\xc0\xaf".decode())
    print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"a\xffb".decode("ascii", "backslashreplace"))
    attempt("unknown codec", lambda: b"x".decode("klingon"))
    attempt("unknown codec enc", lambda: "x".encode("klingon"))
    # int <-> bytes
    for n in [0, 1, 255, 256, 65535, 2 ** 31, 2 ** 64 - 1]:
        print(n, n.to_bytes(8, "big"), n.to_bytes(8, "little"), int.from_bytes(n.to_bytes(8, "big"), "big"))
    for n in [-1, -128, -129, 127, -(2 ** 63)]:
        print(n, n.to_bytes(8, "big", signed=True), int.from_bytes(n.to_bytes(8, "little", signed=True), "little", signed=True))
    print((5).to_bytes(), (1000).to_bytes(2, byteorder="little"), int.from_bytes(b"\x01\x00"), int.from_bytes([1, 2], "big"))
    print(int.from_bytes(b"", "big"), int.from_bytes(b"\xff", "big", signed=True), int.from_bytes(b"\x80\x00", "big", signed=True))
    big = 2 ** 100 + 12345
    print(big.to_bytes(13, "big"), int.from_bytes(big.to_bytes(13, "little"), "little") == big)
    attempt("too big", lambda: (256).to_bytes(1, "big"))
    attempt("negative", lambda: (-1).to_bytes(2, "big"))
    attempt("signed over", lambda: (128).to_bytes(1, "big", signed=True))
    attempt("signed ok", lambda: (-128).to_bytes(1, "big", signed=True))
    attempt("order", lambda: (1).to_bytes(2, "middle"))
    # bytearray mutation
    ba = bytearray(b"hello")
    ba[0] = 74
    ba[-1] = ord("y")
    ba.append(33)
    ba.extend(b"!?")
    ba.extend([65, 66])
    ba.insert(0, 62)
    ba.insert(100, 60)
    print(ba, len(ba), ba.pop(), ba.pop(0), ba)
    ba.remove(33)
    del ba[0]
    print(ba)
    ba[1:3] = b"EE"
    print(ba)
    ba[0:0] = b"<<"
    ba[len(ba):] = b">>"
    print(ba)
    del ba[::2]
    print(ba)
    ba += b"++"
    print(ba)
    ba *= 2
    print(ba)
    ba.reverse()
    print(ba, ba.copy(), bytes(ba), ba.hex())
    ba.clear()
    print(ba, len(ba))
    try:
        ba[0] = 300
    except ValueError as e:
        print("set big", e)
    try:
        ba[5] = 1
    except IndexError as e:
        print("set index", e)
    print(b"  a  b  ".rsplit(None, 1), b" a b c ".split(None, 2), b" a b c ".rsplit(None, 2))
    c = bytearray(b"abc")
    attempt("pop empty", lambda: bytearray().pop())
    attempt("remove missing", lambda: c.remove(120))
    attempt("append bad", lambda: c.append(256))
    attempt("extend str", lambda: c.extend("x"))
    print(c.upper(), c.split(b"b"), c.replace(b"a", b"A"), c.decode(), c.strip(b"ac"), c.find(b"c"), c[1:], c[0])
    # printf-style formatting of bytes (PEP 461)
    attempt("basic", lambda: b"%d-%s" % (5, b"x"))
    attempt("str arg", lambda: b"%s" % "str")
    attempt("repr", lambda: b"%r" % "a\xe9\u20ac")
    attempt("ascii", lambda: b"%a" % b"q")
    attempt("chars", lambda: b"%c%c" % (65, b"B"))
    attempt("numbers", lambda: b"%5.2f|%-4d|%x|%05d|%+d|%e" % (3.14159, 7, 255, 42, 3, 12345.678))
    attempt("mapping", lambda: b"%(k)s=%(n)d" % {b"k": b"v", b"n": 3})
    attempt("too few", lambda: b"%s %s" % (b"a",))
    attempt("too many", lambda: b"%s" % (b"a", b"b"))
    attempt("bytearray", lambda: b"%b" % bytearray(b"z"))
    attempt("c range", lambda: b"%c" % 256)
    attempt("percent", lambda: b"100%%" % ())
    attempt("star", lambda: b"%*d|" % (5, 3))
    attempt("single", lambda: b"<%s>" % b"one")
    attempt("bytearray fmt", lambda: bytearray(b"%d!") % 7)
    attempt("dict as value", lambda: b"%s" % {b"a": 1})
    attempt("missing key", lambda: b"%(x)s" % {b"y": b"1"})
    attempt("latin", lambda: b"\xff%s\xfe" % b"\x80")
    attempt("d of bytes", lambda: b"%d" % b"1")

    # str(bytes, encoding, errors)
    print(str(b"abc", "ascii"), str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"x"), encoding="latin-1"), str(b"\xff", "utf-8", "replace"))
    print(str(b"\xe9t\xe9", errors="ignore", encoding="ascii"), str(b"abc"))
    attempt("str of str", lambda: str("abc", "utf-8"))
    attempt("str of int", lambda: str(5, "utf-8"))
    attempt("str bad utf-8", lambda: str(b"\xff", "utf-8"))


main()
