"""LRU cache implemented with a dict + doubly linked list, compared to OrderedDict."""
from collections import OrderedDict


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = _Node()
        self.tail = _Node()
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = 0
        self.misses = 0
        self.evictions = 0

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        if key not in self.map:
            self.misses += 1
            return default
        node = self.map[key]
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        if key in self.map:
            node = self.map[key]
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def keys(self):
        out = []
        node = self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __repr__(self):
        items = ", ".join(f"{k}={self.map[k].value}" for k in self.keys())
        return f"LRUCache([{items}])"


class ODCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key, default=None):
        if key not in self.data:
            return default
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)

    def keys(self):
        return list(reversed(self.data.keys()))


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        yield state


def main():
    c = LRUCache(3)
    for k, v in [("a", 1), ("b", 2), ("c", 3)]:
        c.put(k, v)
    print(c, len(c))
    print(c.get("a"), c.get("z", -1))
    c.put("d", 4)
    print(c, "b" in c, "a" in c)
    c.put("c", 30)
    print(c.keys())
    try:
        LRUCache(0)
    except ValueError as e:
        print("error:", e)

    big = LRUCache(100)
    ref = ODCache(100)
    gen = lcg(12345)
    mismatches = 0
    total = 0
    for i in range(60000):
        r = next(gen)
        key = r % 250
        if r % 3 == 0:
            big.put(key, i)
            ref.put(key, i)
        else:
            a = big.get(key, -1)
            b = ref.get(key, -1)
            total += a
            if a != b:
                mismatches += 1
    print("hits", big.hits, "misses", big.misses, "evictions", big.evictions)
    print("total", total, "mismatches", mismatches)
    print("same order", big.keys() == ref.keys(), big.keys()[:8])


if __name__ == "__main__":
    main()
