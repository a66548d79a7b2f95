"""An access-log analyser in the itertools/collections/heapq/bisect idiom
style: records grouped with groupby over sorted keys, sliding windows with
islice and tee, combinatorics over endpoints (product, permutations,
combinations), running totals with accumulate, chain.from_iterable to
flatten, Counter.most_common, OrderedDict as an LRU with move_to_end,
defaultdict of lists, ChainMap for layered settings, deque ring buffers,
heapq.merge of sorted shards, nsmallest/nlargest and bisect.insort."""
import bisect
import heapq
import itertools
import operator
from collections import ChainMap, Counter, OrderedDict, defaultdict, deque, namedtuple

Hit = namedtuple("Hit", "ts user path status size")
PATHS = ["/", "/login", "/cart", "/search", "/item/1", "/item/2", "/api/v1/data", "/logout"]
USERS = ["ann", "bob", "cyd", "dee", "eve"]


def generate(seed, n):
    x = seed
    hits = []
    ts = 1000
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        ts += x % 7
        status = 200 if x % 11 else (404 if x % 3 else 500)
        hits.append(Hit(ts, USERS[x % 5], PATHS[(x >> 8) % 8], status, (x >> 4) % 5000))
    return hits


def windows(iterable, size):
    iters = itertools.tee(iterable, size)
    for i, it in enumerate(iters):
        next(itertools.islice(it, i, i), None)
        for _ in range(i):
            next(it, None)
    return zip(*iters)


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, compute):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        value = compute(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)
        return value


def analyse(hits):
    report = []
    by_user = sorted(hits, key=operator.attrgetter("user"))
    for user, group in itertools.groupby(by_user, key=operator.attrgetter("user")):
        group = list(group)
        report.append((user, len(group), sum(h.size for h in group)))
    status_runs = [(k, len(list(g))) for k, g in itertools.groupby(h.status for h in hits)]
    longest_ok = max((n for k, n in status_runs if k == 200), default=0)
    per_path = defaultdict(list)
    for h in hits:
        per_path[h.path].append(h.size)
    counts = Counter(h.path for h in hits)
    errors = Counter(h.path for h in hits if h.status >= 400)
    return report, longest_ok, {p: max(v) for p, v in sorted(per_path.items())}, counts.most_common(3), errors


def main():
    shards = [generate(seed, 400) for seed in (1, 7, 42)]
    merged = list(heapq.merge(*shards))
    print(len(merged), merged[0], merged[-1].ts, all(a.ts <= b.ts for a, b in zip(merged, merged[1:])))
    report, longest_ok, biggest, top, errors = analyse(merged)
    print(report)
    print("longest run of 200s:", longest_ok, "biggest:", biggest)
    print("top:", top, "errors:", sorted(errors.items()), (errors + Counter({"/": 1}))["/"], errors.total() if hasattr(errors, "total") else sum(errors.values()))
    sizes = [h.size for h in merged[:12]]
    print("running:", list(itertools.accumulate(sizes)), list(itertools.accumulate(sizes, max)))
    print("windows:", [sum(w) for w in windows(sizes, 3)])
    pairs = list(itertools.combinations(USERS, 2))
    routes = list(itertools.permutations(PATHS[:3]))
    grid = list(itertools.product("ab", range(3)))
    print(len(pairs), pairs[:4], routes[:2], grid)
    flat = list(itertools.chain.from_iterable([h.user] * (h.status // 200) for h in merged[:6]))
    print(flat, list(itertools.islice(itertools.cycle("xyz"), 2, 9)), list(itertools.compress(sizes, [1, 0, 1])))
    print(list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.takewhile(lambda s: s < 4000, sizes)),
          list(itertools.dropwhile(lambda s: s < 4000, sizes))[:3], list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")))
    lru = LRU(4)
    for h in merged[:200]:
        lru.get(h.path, lambda p: len(p) * 3)
    print("lru:", list(lru.data.items()), lru.hits, lru.misses)
    defaults = {"threshold": 1000, "mode": "strict", "verbose": False}
    env = {"mode": "lenient"}
    cli = {"verbose": True}
    settings = ChainMap(cli, env, defaults)
    print(settings["mode"], settings["threshold"], settings["verbose"], len(settings), sorted(settings))
    settings = settings.new_child({"threshold": 10})
    print(settings["threshold"], settings.parents["threshold"], dict(settings.maps[0]))
    ring = deque(maxlen=5)
    for h in merged[:50]:
        ring.append(h.size)
    ring.rotate(2)
    print(list(ring), ring.maxlen)
    print(heapq.nsmallest(3, merged, key=lambda h: (h.size, h.ts)))
    print([h.size for h in heapq.nlargest(4, merged, key=operator.attrgetter("size"))])
    sorted_sizes = []
    for h in merged[:40]:
        bisect.insort(sorted_sizes, h.size)
    print(sorted_sizes[:8], bisect.bisect_left(sorted_sizes, 2500), bisect.bisect_right(sorted_sizes, sorted_sizes[5]))
    grades = "FDCBA"
    print([grades[bisect.bisect([1000, 2000, 3000, 4000], h.size)] for h in merged[:15]])
    checksum = 0
    for _ in range(8):
        checksum += sum(n for _, n, _ in analyse(merged)[0])
    print("checksum", checksum)


if __name__ == "__main__":
    main()
