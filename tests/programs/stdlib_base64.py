# base64: round trips of every tail length, the URL-safe and custom
# alphabets, MIME lines, Base16, and binascii's decoding rules (characters
# outside the alphabet skipped, padding that ends the data, its errors).
import base64


def main():
    for n in range(7):
        raw = bytes(range(250, 250 - n, -1)) if n else b""
        enc = base64.b64encode(raw)
        print(n, enc, base64.b64decode(enc) == raw)

    text = "Man is distinguished, not only by his reason".encode("utf-8")
    enc = base64.b64encode(text)
    print(enc.decode("ascii"))
    print(base64.b64decode(enc.decode("ascii")).decode("utf-8"))
    print(base64.standard_b64encode(b"\xfb\xff\xfe"), base64.standard_b64decode(b"+//+"))
    print(base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.urlsafe_b64decode("-__-"))
    print(base64.b64encode(b"\xfb\xff\xfe", altchars=b"*!"), base64.b64decode(b"*!!*", b"*!"))
    print(base64.b64decode(b"+//+", b"-_"), base64.b64encode(bytearray(b"abc")))

    print(base64.b64decode(b"aGVs\nbG8g\td29y bGQ="))
    print(base64.b64decode(b"aGk=ignored after padding"))
    print(base64.b64decode(b"aGk==="), base64.b64decode(b"a!G@k#="))
    for bad in (b"aGk", b"a", b"aGVsbG8gd", b"abc$"):
        try:
            print(base64.b64decode(bad))
        except ValueError as e:
            print(type(e).__name__ == "Error", e)
    for bad in (b"aGk*", b"aG=k", b"aGk==", b"=aGk", b"aGVs=", b"aGVs=a", b"aGk=\n", b"aG\nk="):
        try:
            print(base64.b64decode(bad, validate=True))
        except ValueError as e:
            print("validate:", e)
    print(base64.b64decode(b"aGVsbG8=", validate=True))
    try:
        base64.b64decode("héllo")
    except ValueError as e:
        print(e)
    try:
        base64.b64encode("text")
    except TypeError as e:
        print(e)

    block = bytes(i % 256 for i in range(120))
    lines = base64.encodebytes(block)
    print(lines.count(b"\n"), [len(x) for x in lines.split(b"\n")])
    print(base64.decodebytes(lines) == block)

    print(base64.b16encode(b"\x00\x7f\xff AZ"), base64.b16decode("00FF41"), base64.b16decode(b"abcd", casefold=True))
    for bad in ("0G", "abc"):
        try:
            base64.b16decode(bad)
        except ValueError as e:
            print(e)

    total = 0
    payload = b"a" * 3000
    for _ in range(50):
        total += len(base64.b64decode(base64.b64encode(payload)))
    print(total)


if __name__ == "__main__":
    main()
