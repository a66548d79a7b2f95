"""Bloom filter with hand-written hash functions (FNV-1a, djb2, murmur-style mix)."""
import math

MASK32 = 0xFFFFFFFF


def fnv1a(s):
    h = 0x811C9DC5
    for ch in s:
        h ^= ord(ch)
        h = (h * 0x01000193) & MASK32
    return h


def djb2(s):
    h = 5381
    for ch in s:
        h = ((h << 5) + h + ord(ch)) & MASK32
    return h


def mix32(h):
    h ^= h >> 16
    h = (h * 0x85EBCA6B) & MASK32
    h ^= h >> 13
    h = (h * 0xC2B2AE35) & MASK32
    h ^= h >> 16
    return h


class BloomFilter:
    def __init__(self, expected, fp_rate):
        self.size = max(8, int(-expected * math.log(fp_rate) / (math.log(2) ** 2)))
        self.k = max(1, round(self.size / expected * math.log(2)))
        self.words = [0] * ((self.size + 63) // 64)
        self.count = 0

    def _positions(self, item):
        h1 = fnv1a(item)
        h2 = mix32(djb2(item)) | 1
        return [(h1 + i * h2) % self.size for i in range(self.k)]

    def add(self, item):
        for p in self._positions(item):
            self.words[p >> 6] |= 1 << (p & 63)
        self.count += 1

    def __contains__(self, item):
        return all(self.words[p >> 6] >> (p & 63) & 1 for p in self._positions(item))

    def bits_set(self):
        return sum(bin(w).count("1") for w in self.words)

    def estimated_fp(self):
        return (1 - math.exp(-self.k * self.count / self.size)) ** self.k

    def __or__(self, other):
        if self.size != other.size or self.k != other.k:
            raise ValueError("incompatible filters")
        out = BloomFilter(10, 0.5)
        out.size, out.k, out.count = self.size, self.k, self.count + other.count
        out.words = [a | b for a, b in zip(self.words, other.words)]
        return out


class BitSet:
    """Single big int used as a bit set."""

    def __init__(self):
        self.bits = 0

    def add(self, n):
        self.bits |= 1 << n

    def __contains__(self, n):
        return (self.bits >> n) & 1 == 1

    def __len__(self):
        return bin(self.bits).count("1")


def make_words(n, seed):
    out = []
    x = seed
    letters = "abcdefghijklmnopqrstuvwxyz"
    for _ in range(n):
        x = (x * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        length = 4 + (x >> 60)
        w = []
        y = x
        for _ in range(length):
            w.append(letters[y % 26])
            y //= 26
        out.append("".join(w))
    return out


def main():
    print(hex(fnv1a("hello")), hex(djb2("hello")), hex(mix32(12345)))
    bf = BloomFilter(2000, 0.01)
    print("size", bf.size, "k", bf.k, "words", len(bf.words))
    members = make_words(2000, 1)
    others = [w + "!" for w in make_words(5000, 99)]
    for w in members:
        bf.add(w)
    missing = [w for w in members if w not in bf]
    fps = sum(1 for w in others if w in bf)
    print("missing", len(missing), "false positives", fps, f"rate {fps / len(others):.4f}")
    print(f"bits set {bf.bits_set()} ({bf.bits_set() / bf.size:.2%}), estimated fp {bf.estimated_fp():.5f}")
    a = BloomFilter(100, 0.05)
    b = BloomFilter(100, 0.05)
    for w in ["apple", "banana", "cherry"]:
        a.add(w)
    for w in ["date", "elder", "fig"]:
        b.add(w)
    c = a | b
    print([w in c for w in ["apple", "fig", "grape", "date"]], c.count)
    try:
        a | bf
    except ValueError as e:
        print("error:", e)
    bs = BitSet()
    for n in range(0, 500, 7):
        bs.add(n)
    print(len(bs), 49 in bs, 50 in bs, bs.bits.bit_length())


if __name__ == "__main__":
    main()
