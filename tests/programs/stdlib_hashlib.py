# hashlib: MD5, SHA-1, SHA-224 and SHA-256 digests of messages around the
# 55/56/64-byte padding boundaries, fed at once or in pieces, copies, and
# hashing a JSON document as the json-serde benchmark does.
import hashlib
import json


def main():
    for n in (0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 1000):
        msg = bytes((i * 7 + n) % 256 for i in range(n))
        print(n, hashlib.md5(msg).hexdigest(), hashlib.sha1(msg).hexdigest()[:16])
        print("  ", hashlib.sha256(msg).hexdigest(), hashlib.sha224(msg).hexdigest()[:12])

    h = hashlib.sha256()
    for word in (b"The quick ", b"brown fox ", bytearray(b"jumps over"), b" the lazy dog"):
        h.update(word)
    print(h.hexdigest() == hashlib.sha256(b"The quick brown fox jumps over the lazy dog").hexdigest())
    snapshot = h.copy()
    h.update(b".")
    print(snapshot.hexdigest())
    print(h.hexdigest())
    print(h.name, h.digest_size, h.block_size, len(h.digest()), h.digest()[:4])

    for name in ("MD5", "sha1", "SHA256"):
        g = hashlib.new(name, b"abc")
        print(g.name, g.hexdigest())
    for bad in ("text", 42):
        try:
            hashlib.md5(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        hashlib.new("nosuch")
    except ValueError as e:
        print("ValueError:", e)

    doc = {"type": "FeatureCollection", "features": [{"id": i, "coords": [i * 0.5, -i * 1.25], "ok": i % 3 == 0} for i in range(40)]}
    data = json.dumps(doc, separators=(",", ":"))
    hasher = hashlib.md5()
    hasher.update(bytes(data, "utf-8"))
    print(hasher.hexdigest())
    big = b"x" * 200000
    print(hashlib.sha1(big).hexdigest(), hashlib.md5(big).hexdigest())


if __name__ == "__main__":
    main()
