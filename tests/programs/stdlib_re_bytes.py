"""Regular expressions over bytes, as protocol and log parsers use them:
bytes patterns on bytes subjects, groups, named groups, sub with bytes and
function replacements, split, finditer, flags, and the errors of mixing str
and bytes."""
import re

HEADER = re.compile(rb"^(?P<name>[A-Za-z-]+):\s*(?P<value>.*)$", re.MULTILINE)
NUMBER = re.compile(rb"\d+")


def parse_headers(raw):
    return {m.group("name").lower(): m.group("value") for m in HEADER.finditer(raw)}


def main():
    raw = b"Content-Type: text/html\r\nContent-Length: 1234\nX-Trace: a1 b22 c333\n"
    headers = parse_headers(raw.replace(b"\r\n", b"\n"))
    print(sorted(headers.items()))
    print(NUMBER.findall(raw), NUMBER.search(raw).span(), NUMBER.pattern, NUMBER)
    print(re.findall(rb"([a-z])(\d+)", headers[b"x-trace"]))
    print(re.sub(rb"\d", b"#", b"a1b22"), re.subn(b"b+", b"B", b"abbcb"))
    print(re.sub(rb"\d+", lambda m: str(int(m.group()) * 2).encode(), b"x=4 y=21"))
    print(re.split(rb"[,;]\s*", b"a, b;c,,d"), re.split(rb"(-)", b"1-2-3", maxsplit=1))
    m = re.match(rb"(\w+)@(\w+)\.(?:com|org)", b"user@example.org rest")
    print(m, m.groups(), m.group(0, 2), m[1], m.start(2), m.end(), m.string, m.lastindex)
    print(re.fullmatch(rb"[0-9a-f]+", b"deadbeef") is not None, re.fullmatch(rb"[0-9a-f]+", b"xyz"))
    print(re.findall(rb"\w+", b"caf\xe9 na\xefve"), re.findall(rb"(?i)HELLO", b"hello HeLLo"))
    print(re.compile(rb"a.c", re.DOTALL | re.IGNORECASE), re.compile(rb"x", re.ASCII).flags, re.compile(b"x").flags)
    print(m.groupdict(), HEADER.search(b"Host: h").groupdict(), HEADER.groupindex["value"])
    print(bytes(bytearray(b"zz9")).decode(), re.search(rb"\d", bytearray(b"zz9")).group())
    for bad in (lambda: re.search(rb"a", "a"), lambda: re.search(r"a", b"a"), lambda: re.compile(rb"a", re.UNICODE)):
        try:
            bad()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)
    print(re.escape(b"a.b*c"), re.escape("1+1"), re.search(re.escape(b"(x)"), b"f(x)").start())


main()
