# bytes and bytearray: literals, repr, indexing, slicing, operators, errors.


def show(label, value):
    print(label, repr(value))


def main():
    # literals and reprs
    show("empty", b"")
    show("quotes", b"'")
    show("dq", b'"')
    show("both", b"'\"")
    show("escapes", b"\t\n\r\x0b\x0c\a\b\\")
    show("octal", b"\0\01\012\101\377")
    show("hex", b"\x00\x7f\x80\xff")
    show("raw", rb"\x00\n")
    show("raw2", Rb"a\\b")
    show("unicode escapes stay", b"\u1234\N{DASH}")
    show("concat", b"ab" b"cd" rb"\e")
    show("triple", b"""multi
line""")
    allb = bytes(range(256))
    print(allb)
    print(len(allb), allb[0], allb[255], allb[-1], allb[-256])
    # indexing and slicing
    s = b"Hello, World"
    print(s[0], s[-1], s[7], type(s[0]).__name__)
    print(s[:5], s[7:], s[::2], s[::-1], s[1:-1:3], s[100:], s[-100:3], s[5:2])
    for bad in [12, -13, 100]:
        try:
            s[bad]
        except IndexError as e:
            print("IndexError", e)
    # iteration
    total = 0
    for c in b"abc":
        total += c
    print(total, list(b"xyz"), [c - 96 for c in b"abc"], sum(b"\x01\x02\x03"), max(b"hello"), min(b"hello"))
    print(tuple(b"hi"), sorted(b"dcba"), set(b"aab") == {97, 98})
    # membership
    print(104 in s, 0 in s, b"World" in s, b"" in s, b"xyz" in s, bytearray(b"lo") in s)
    try:
        print(300 in s)
    except ValueError as e:
        print("ValueError", e)
    try:
        print("H" in s)
    except TypeError as e:
        print("TypeError", e)
    # operators
    print(b"ab" + b"cd", b"ab" + bytearray(b"x"), bytearray(b"x") + b"ab", b"-" * 5, 3 * b"ab", b"x" * 0, b"x" * -2)
    print(b"a" == b"a", b"a" != b"b", b"a" < b"b", b"ab" < b"b", b"abc" > b"ab", b"" < b"a", b"b" >= b"b", b"a" <= b"a")
    print(b"abc" == bytearray(b"abc"), b"a" == "a", b"1" == 1, b"a" != "a")
    for op in ["+", "<", "*"]:
        try:
            if op == "+":
                print(b"a" + "b")
            elif op == "<":
                print(b"a" < "b")
            else:
                print(b"a" * b"b")
        except TypeError as e:
            print("TypeError", e)
    try:
        print("a" + b"b")
    except TypeError as e:
        print("TypeError", e)
    try:
        print(b"a" + 1)
    except TypeError as e:
        print("TypeError", e)
    # truthiness
    print(bool(b""), bool(b"\x00"), not b"", bool(bytearray()))
    if b"x":
        print("truthy")
    # hashing, dicts, sets
    d = {b"one": 1, b"two": 2}
    d[b"three"] = 3
    print(d[b"two"], b"one" in d, b"four" in d, len(d), sorted(d))
    print(hash(b"abc") == hash(b"abc"), hash(b"") == hash(b""))
    seen = set()
    for w in [b"a", b"b", b"a", b"c", b"b"]:
        seen.add(w)
    print(sorted(seen), len(seen))
    try:
        hash(bytearray(b"x"))
    except TypeError as e:
        print("TypeError", e)
    # constructors
    print(bytes(), bytes(0), bytes(4), bytes([1, 2, 255]), bytes((65, 66)), bytes(range(97, 100)), bytes(b"copy"))
    print(bytes("abc", "ascii"), bytes("é", "utf-8"), bytes("é", encoding="latin-1"), bytes(x for x in [104, 105]))
    print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray("hi", "utf-8"), bytearray(b"ab"))
    for bad in [[256], [-1], ["a"], 1.5, None, -1]:
        try:
            print(bytes(bad))
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
    try:
        bytes("abc")
    except TypeError as e:
        print("TypeError", e)
    try:
        bytes([1], "utf-8")
    except TypeError as e:
        print("TypeError", e)
    try:
        bytes("x", "nope")
    except LookupError as e:
        print("LookupError", e)
    # str() and formatting
    print(str(b"abc"), f"{b'x'}", f"{b'x'!r}", "%s" % [b"q"], "{}".format(b"z"))
    print([b"a", b"b"], (b"c",), {b"k": b"v"})
    print(type(b"").__name__, type(bytearray()).__name__, isinstance(b"", bytes), isinstance(b"", bytearray),
          isinstance(bytearray(), bytes), isinstance(b"", (str, bytes)))


main()
