# A small log-digest tool written the way quick benchmark scripts are: a
# module-level `len` rebinding, a random stream drawn through a kept
# `__next__`, factories defined without self in a class body, state kept on
# functions, slice() indexes, base64/hashlib digests of the report, a
# priority queue of alerts, and a self-check that quits with a status.
import base64
import hashlib
import json
import queue
import sys

LEVELS = ("DEBUG", "INFO", "WARN", "ERROR")
records = [(i, LEVELS[(i * 7) % 4], "event-%03d" % i) for i in range(40)]
len = len(records)


def lcg(seed):
    while True:
        seed = (seed * 1103515245 + 12345) % (1 << 31)
        yield seed


class Window:
    def __init__(self, start, stop):
        self.start = start
        self.stop = stop

    def everything():
        return Window(0, len)

    def last(n):
        return Window(len - n, len)

    def pick(self, rows):
        return rows[slice(self.start, self.stop)]

    def __repr__(self):
        return "Window(%d, %d)" % (self.start, self.stop)


def tally(level):
    tally.counts[level] = tally.counts.get(level, 0) + 1
    tally.seen += 1
    return tally.counts[level]


tally.counts = {}
tally.seen = 0


def sampler(seed):
    def draw(limit):
        draw.calls += 1
        return step() % limit
    step = lcg(seed).__next__
    draw.calls = 0
    return draw, lambda: draw.calls


def digest(report):
    text = json.dumps(report, sort_keys=True, separators=(",", ":"))
    raw = text.encode("utf-8")
    return hashlib.sha256(raw).hexdigest()[:16], hashlib.md5(raw).hexdigest()[:8], base64.b64encode(raw[:12]).decode("ascii")


def alerts(rows):
    pq = queue.PriorityQueue()
    rank = {"ERROR": 0, "WARN": 1}
    for idx, level, name in rows:
        if level in rank:
            pq.put((rank[level], -idx, name))
    out = []
    while not pq.empty() and len > 0:
        out.append(pq.get_nowait()[2])
    return out


def self_check(report):
    if sum(report["levels"].values()) != report["total"]:
        print("inconsistent report", file=sys.stderr)
        quit(2)
    return True


def main():
    print(Window.everything(), Window.last(5), len)
    recent = Window.last(8).pick(records)
    print([r[0] for r in recent])
    for _, level, _ in records:
        tally(level)
    print(sorted(tally.counts.items()), tally.seen)

    draw, calls = sampler(2024)
    picks = [draw(len) for _ in range(6)]
    print(picks, calls())
    shown = [records[i][2] for i in picks]
    print(shown[slice(None, None, 2)], shown[slice(1, 4)])

    report = {"total": len, "levels": dict(tally.counts), "alerts": alerts(records)[slice(5)]}
    print(report["alerts"])
    print(self_check(report), digest(report))
    names = "-".join(r[2][slice(6, None)] for r in records[slice(0, 10, 3)])
    print(names, names.__str__() == names, len.__str__().zfill(4))

    report["total"] += 1
    print("checking a broken report")
    sys.stdout.flush()
    self_check(report)
    print("not reached")


if __name__ == "__main__":
    main()
