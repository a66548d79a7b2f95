# Lone surrogates in str literals ('\ud800'): length, repr/ascii, ord, equality with chr(), UTF-8 encoding
# errors, the surrogatepass and surrogateescape handlers (encoding and decoding).
def main():
    s = "\ud800"
    print(len(s), repr(s), ascii(s), hex(ord(s)))
    t = "a\udcffb"
    print(len(t), repr(t), [hex(ord(c)) for c in t])
    try:
        s.encode()
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
    print(s.encode("utf-8", "surrogatepass"), t.encode("utf-8", "surrogateescape"))
    print(s == chr(0xD800), "\ud83d" + "\ude00" == "\U0001F600", len("\ud83d" + "\ude00"))
    raw = b"ok\xff\xfeend"
    text = raw.decode("utf-8", "surrogateescape")
    print(len(text), repr(text), text.encode("utf-8", "surrogateescape") == raw)
    print(repr(b"\x80a".decode("ascii", "surrogateescape")))
    try:
        "\ud800".encode("utf-8", "surrogateescape")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
    print(repr("\U0001F600\ud800x"), "\ud800".isprintable(), ascii("x\udfff".upper()))


main()
