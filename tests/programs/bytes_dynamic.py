# bytes values where the compiler's types meet: mixed lists, several call types, attributes, containers.


def describe(x):
    if isinstance(x, bytes):
        return "bytes of %d: %r" % (len(x), x)
    if isinstance(x, bytearray):
        return "bytearray " + x.hex()
    if isinstance(x, str):
        return "str " + x
    return "other " + repr(x)


def checksum(data):
    total = 0
    for byte in data:
        total = (total * 31 + byte) % 65521
    return total


def first_and_rest(seq):
    return seq[0], seq[1:]


class Packet:
    def __init__(self, kind, payload):
        self.kind = kind
        self.payload = payload

    def size(self):
        return len(self.payload)

    def __repr__(self):
        return "Packet(%r, %r)" % (self.kind, self.payload)


def xor(data, key):
    out = bytearray()
    for i, b in enumerate(data):
        out.append(b ^ key[i % len(key)])
    return bytes(out)


def kind(x):
    match x:
        case bytes():
            return "bytes"
        case bytearray():
            return "bytearray"
        case str():
            return "str"
        case _:
            return "other"


def main():
    for v in [b"a", bytearray(b"b"), "c", 1]:
        print(kind(v), type(v) is bytes, type(v) == bytearray, type(v).__name__)
    match b"\x01\x02":
        case b"\x01\x02":
            print("literal match")
        case _:
            print("no")
    mixed = [b"raw", 42, "text", bytearray(b"\x01\x02"), None, 3.5, b""]
    for item in mixed:
        print(describe(item))
    print(mixed)
    print(checksum(b"hello world"), checksum([104, 101]), checksum(bytearray(b"hello world")), checksum(range(5)))
    print(first_and_rest(b"abc"), first_and_rest("abc"), first_and_rest([1, 2, 3]))
    packets = [Packet("hello", b"\x00\x01"), Packet("data", b"payload bytes"), Packet("text", "not bytes")]
    for p in packets:
        print(p, p.size())
    by_kind = {p.kind: p.payload for p in packets}
    print(by_kind)
    secret = xor(b"attack at dawn", b"key")
    print(secret, xor(secret, b"key"))
    value = b"start"
    value = value + b"-more"
    print(value, value.upper())
    value = 7
    print(value)
    table = {}
    for word in b"the cat the dog the end".split():
        table[word] = table.get(word, 0) + 1
    print(table, max(table, key=table.get))
    chunks = [b"ab", b"cd", b"ef"]
    joined = b"".join(chunks)
    print(joined, [joined[i:i + 2] for i in range(0, len(joined), 2)], list(reversed(chunks)))
    buf = bytearray()
    for n in range(5):
        buf += n.to_bytes(2, "big")
    print(buf, [int.from_bytes(buf[i:i + 2], "big") for i in range(0, len(buf), 2)])
    pairs = sorted([(b"b", 2), (b"a", 1), (b"c", 0)])
    print(pairs, sorted(pairs, key=lambda t: t[1]))
    enc = {name: name.encode() for name in ["α", "β", "plain"]}
    print(enc, {v: k for k, v in enc.items()})
    print(b"x" if len(joined) > 3 else "y", any(c > 100 for c in joined), all(joined))
    s = b"lookup"
    print(s in {b"lookup", b"other"}, s in [b"lookup"], s in (1, 2), s == "lookup")
    stack = [b"a"]
    stack.append(b"b")
    print(stack.pop(), stack, stack.count(b"a"), stack.index(b"a"))


main()
