"""Custom containers: SortedList (bisect), RingBuffer (sequence protocol), Trie, interval merging."""
import bisect


class SortedList:
    def __init__(self, items=()):
        self._data = sorted(items)

    def add(self, x):
        bisect.insort(self._data, x)

    def remove(self, x):
        i = bisect.bisect_left(self._data, x)
        if i == len(self._data) or self._data[i] != x:
            raise ValueError(f"{x!r} not in list")
        del self._data[i]

    def count_range(self, lo, hi):
        return bisect.bisect_right(self._data, hi) - bisect.bisect_left(self._data, lo)

    def __len__(self):
        return len(self._data)

    def __getitem__(self, i):
        return self._data[i]

    def __iter__(self):
        return iter(self._data)

    def __contains__(self, x):
        i = bisect.bisect_left(self._data, x)
        return i < len(self._data) and self._data[i] == x

    def __repr__(self):
        return f"SortedList({self._data})"


class RingBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.buf = [None] * capacity
        self.start = 0
        self.size = 0

    def push(self, x):
        end = (self.start + self.size) % self.capacity
        self.buf[end] = x
        if self.size < self.capacity:
            self.size += 1
        else:
            self.start = (self.start + 1) % self.capacity

    def __len__(self):
        return self.size

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("ring index out of range")
        return self.buf[(self.start + i) % self.capacity]

    def __iter__(self):
        for i in range(self.size):
            yield self[i]

    def __reversed__(self):
        for i in range(self.size - 1, -1, -1):
            yield self[i]

    def mean(self):
        return sum(self) / len(self) if self.size else 0.0


class TrieNode:
    def __init__(self):
        self.children = {}
        self.terminal = False
        self.count = 0


class Trie:
    def __init__(self, words=()):
        self.root = TrieNode()
        for w in words:
            self.insert(w)

    def insert(self, word):
        node = self.root
        for ch in word:
            if ch not in node.children:
                node.children[ch] = TrieNode()
            node = node.children[ch]
            node.count += 1
        node.terminal = True

    def _walk(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def starts_with(self, prefix):
        node = self._walk(prefix)
        out = []
        if node is None:
            return out
        stack = [(node, prefix)]
        while stack:
            n, p = stack.pop()
            if n.terminal:
                out.append(p)
            for ch in sorted(n.children, reverse=True):
                stack.append((n.children[ch], p + ch))
        return out

    def __contains__(self, word):
        node = self._walk(word)
        return node is not None and node.terminal

    def prefix_count(self, prefix):
        node = self._walk(prefix)
        return node.count if node else 0


def merge_intervals(intervals):
    out = []
    for lo, hi in sorted(intervals):
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return out


def main():
    sl = SortedList([5, 1, 9, 3])
    for x in (4, 7, 1, 10):
        sl.add(x)
    print(sl, len(sl), sl[0], sl[-1], sl[2:5], 7 in sl, 8 in sl)
    sl.remove(1)
    try:
        sl.remove(42)
    except ValueError as e:
        print("error:", e)
    print(list(sl), sl.count_range(3, 7))
    big = SortedList()
    x = 7
    for _ in range(5000):
        x = (x * 7919) % 10007
        big.add(x)
    print(len(big), big[0], big[2500], big.count_range(1000, 2000))

    rb = RingBuffer(4)
    for i in range(1, 11):
        rb.push(i * i)
        if i % 3 == 0:
            print(list(rb), list(rb.__reversed__()), rb[-1], f"{rb.mean():.2f}")
    try:
        rb[4]
    except IndexError as e:
        print("error:", e)
    print(max(rb), sorted(rb, reverse=True), 49 in list(rb), [v for v in rb if v % 2])

    words = "tree trie tried try trip trap tram car cart carbon care cared".split()
    t = Trie(words)
    print(t.starts_with("tr"), t.starts_with("car"), t.starts_with("x"))
    print("tri" in t, "trie" in t, t.prefix_count("tr"), t.prefix_count("ca"))
    print(merge_intervals([(1, 3), (2, 6), (8, 10), (15, 18), (17, 20), (9, 12)]))


if __name__ == "__main__":
    main()
