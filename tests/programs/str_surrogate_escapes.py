"""Lone surrogates: a surrogate pair written as two escapes is two code
points in Python 3 (unlike a JS string), kept apart through adjacent literals
and inside f-strings;
the surrogatepass error handler encodes and decodes them in UTF-8, UTF-16 and
UTF-32."""

def main():
    s = "\ud83d\ude00"
    print(len(s), repr(s), ascii(s), s == "\U0001F600", [hex(ord(c)) for c in s])
    t = "x\ud83d\ude00y" "\ud800" "\udc00"
    print(len(t), repr(t), t[1:3] == s, t.find("\ude00"))
    n = 5
    f = f"{n}\ud83d\ude00"
    print(repr(f), len(f), f == "5" + s)
    g = f"\ud83d\ude00{n:>3}\ud83d\ude01!" f"\ud800" f"\udc00{n}"
    print(ascii(g), len(g), [hex(ord(c)) for c in g])
    print(ascii(f"{n}\U0001F600\ud83d"), ascii(f"\ude00\ud83d{n}"), ascii(f"{s}{s!r}"))
    b = s.encode("utf-16", "surrogatepass")
    print(b, b.decode("utf-16", "surrogatepass") == s, len(b.decode("utf-16", "surrogatepass")))
    for codec in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32"):
        lone = "a\ud800b\udfff"
        enc = lone.encode(codec, "surrogatepass")
        back = enc.decode(codec, "surrogatepass")
        print(codec, enc, back == lone, repr(back))
    try:
        s.encode("utf-16")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e)
    try:
        b"\x00\xd8".decode("utf-16-le")
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e)


main()
