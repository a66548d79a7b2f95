# Everyday idioms in one script: dataclass ordering with field(), Counter,
# itemgetter/attrgetter sorts, zip(*m), groupby, re.sub with a function,
# datetime arithmetic and strptime, format specs, enumerate(start=).
import re
import itertools
import functools
from collections import Counter, OrderedDict, defaultdict, namedtuple
from dataclasses import dataclass, field
from operator import itemgetter, attrgetter
from datetime import datetime, timedelta, date


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)

    def label(self):
        return f"{self.name}[{','.join(self.tags) or '-'}]"


Point = namedtuple("Point", "x y")


def count_fields(record, auto=False):
    # local names that are also imported names elsewhere (dataclasses.field, enum.auto)
    field = 0
    for field, _ in enumerate(record, 1):
        pass
    return field + auto


def main():
    tasks = [Task(3, "write", ["doc"]), Task(1, "plan"), Task(2, "code", ["py", "c"])]
    print(count_fields("abc"), count_fields([], auto=True))
    for t in sorted(tasks):
        print(t.priority, t.label(), t)
    words = re.findall(r"[a-z']+", "the cat and the hat; the end. And so on, and on".lower())
    counts = Counter(words)
    print(counts.most_common(3), sorted(counts.items(), key=itemgetter(1, 0), reverse=True)[:4])
    matrix = [[1, 2, 3], [4, 5, 6]]
    print(list(zip(*matrix)), [list(r) for r in zip(*matrix)], sum(map(sum, matrix)))
    print(min([], default="empty"), max(words, key=len), any(w.startswith("h") for w in words), all(len(w) > 1 for w in words))
    print(list(itertools.chain.from_iterable(matrix)), functools.reduce(lambda a, b: a * b, range(1, 7)))
    by_len = defaultdict(list)
    for w in sorted(set(words)):
        by_len[len(w)].append(w)
    print(dict(by_len), OrderedDict(sorted(by_len.items())))
    print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"), re.split(r"[;,]\s*", "a; b,c"))
    start = datetime(2024, 3, 1, 9, 30)
    for i in range(3):
        d = start + timedelta(days=i * 10, hours=i)
        print(d.strftime("%Y-%m-%d %H:%M %a"), d.isoformat(), (d.date() - date(2024, 1, 1)).days)
    print(datetime.strptime("2024-02-29 12:00", "%Y-%m-%d %H:%M"))
    pts = [Point(3, 1), Point(1, 2), Point(2, 0)]
    print(sorted(pts, key=attrgetter("y")), max(pts, key=lambda p: p.x), Point(*[5, 6])._asdict())
    print(f"{'left':<8}|{'right':>8}|{'mid':^8}|{3.14159:8.3f}|{42:08d}|{1234567:,}|{0.25:.1%}|{255:#x}|{'x'!r:>5}")
    table = [("alice", 93.5), ("bob", 78.25), ("carol", 88.0)]
    for rank, (name, score) in enumerate(sorted(table, key=lambda r: -r[1]), start=1):
        print("%-2d %-6s %6.2f %s" % (rank, name, score, "*" * int(score // 10)))
    text = "one two three two one two"
    positions = {}
    for i, w in enumerate(text.split()):
        positions.setdefault(w, []).append(i)
    print(positions, sorted(positions, key=lambda w: (-len(positions[w]), w)))
    print(list(itertools.groupby(sorted(text.split()))) and [(k, len(list(g))) for k, g in itertools.groupby(sorted(text.split()))])
    print([list(p) for p in itertools.combinations("abc", 2)], list(itertools.accumulate([1, 2, 3, 4])), list(itertools.islice(itertools.count(10, 5), 4)))


if __name__ == "__main__":
    main()
