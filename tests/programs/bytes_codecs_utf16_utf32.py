"""str.encode / bytes.decode / bytes(s, enc) / str(b, enc) with utf-16 and utf-32 (byte order marks, -le/-be,
CPython's spellings), and their errors under strict/replace/ignore/backslashreplace: truncated data, lone and
unpaired surrogates, code points out of range, with the byte order named as CPython names it."""


import os
import tempfile


def files() -> None:
    """Text files in utf-16/utf-32: one byte order mark at the start, also across writes and appends."""
    d = tempfile.mkdtemp()
    path = os.path.join(d, "u16.txt")
    for enc in ["utf-16", "utf-32", "utf-16-be"]:
        with open(path, "w", encoding=enc) as f:
            f.write("héllo\n")
            f.write("wörld 😀\n")
        with open(path, "rb") as f:
            raw = f.read()
        print(enc, len(raw), raw[:6])
        with open(path, encoding=enc) as f:
            print(repr(f.readline()), f.tell())
            print(repr(f.read()), f.tell())
        with open(path, "a", encoding=enc) as f:
            f.write("more\n")
        with open(path, encoding=enc) as f:
            print(f.read().splitlines())
    os.remove(path)
    os.rmdir(d)


def show(label: str, f) -> None:
    try:
        print(label, repr(f()))
    except (UnicodeError, LookupError) as e:
        print(label, type(e).__name__, e)


def main() -> None:
    text = "hé€😀"
    for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "utf16", "UTF-16LE", "utf_32_be", "u16", "U32"]:
        b = text.encode(enc)
        print(enc, b, b.decode(enc), len(b))
    print("".encode("utf-16"), "".encode("utf-32"), "".encode("utf-16-be"))
    print(b"\xfe\xff\x00h\x00i".decode("utf-16"), b"\x00\x00\xfe\xff\x00\x00\x00h".decode("utf-32"))
    print(repr(b"\xff\xfea\x00".decode("utf-16-le")), repr(b"\xff\xfe".decode("utf-16")))
    print(bytes("ok", "utf-16-be"), str(b"o\x00k\x00", "utf-16-le"))
    samples = [
        (b"\xff\xfeh\x00i", "utf-16"), (b"h\x00i", "utf-16-le"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\xdca\x00", "utf-16-le"),
        (b"\x00\xd8", "utf-16-le"), (b"\x00\xd8a", "utf-16"), (b"a\x00\x00\xd8b\x00", "utf-16-le"), (b"\x00\xd8\x00\xd8", "utf-16-le"),
        (b"\xfe\xff\x00h\xd8\x00", "utf-16"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"\x00\xd8\x00\x00", "utf-32-le"),
        (b"h\x00\x00", "utf-32-le"), (b"\xff\xfe\x00\x00h\x00\x00\x00\x00\x00\x11\x00", "utf-32"), (b"\x00\x00\xd8\x00", "utf-32-be"),
    ]
    for data, enc in samples:
        for errors in ["strict", "replace", "ignore", "backslashreplace"]:
            show(f"{data!r} {enc} {errors}", lambda: data.decode(enc, errors))
    # (lone surrogates made with chr(): a literal's "\ud800" is not one in compiled code yet)
    for s in ["a" + chr(0xD800) + "b", chr(0xDC00), "x" + chr(0xD800) + chr(0xDC00) + "y"]:
        for enc in ["utf-16", "utf-16-le", "utf-32-be", "utf-32"]:
            for errors in ["strict", "replace", "ignore", "backslashreplace"]:
                show(f"{s!r} {enc} {errors}", lambda: s.encode(enc, errors))
    show("utf16le", lambda: "a".encode("utf16le"))
    show("utf-16 bad handler", lambda: b"\x00\xd8".decode("utf-16", "nope"))
    files()


main()
