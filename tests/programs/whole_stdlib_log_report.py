"""A log report: parses timestamped service logs, buckets them by hour and
day, measures request latencies and session lengths, and renders a report
into an io.StringIO with string.Template headers."""

import io
from collections import Counter
from datetime import date, datetime, timedelta
from string import Template

RAW_LOG = """\
2024-03-09 23:58:12 INFO  auth    login user=ann
2024-03-09 23:59:40 WARN  api     slow request path=/search ms=1840
2024-03-10 00:00:05 INFO  api     request path=/home ms=35
2024-03-10 00:01:17 ERROR db      timeout query=users ms=5000
2024-03-10 00:15:00 INFO  auth    login user=bob
2024-03-10 01:02:33 INFO  api     request path=/search ms=220
2024-03-10 01:45:10 INFO  auth    logout user=ann
2024-03-10 02:10:59 WARN  api     slow request path=/report ms=2600
2024-03-10 02:11:00 ERROR api     crash path=/report
2024-03-10 09:30:00 INFO  auth    logout user=bob
2024-03-11 08:00:00 INFO  auth    login user=cy
2024-03-11 08:00:30 INFO  api     request path=/home ms=41
2024-03-11 12:34:56 INFO  auth    logout user=cy
bad line without a timestamp
2024-03-11 13:00:00 DEBUG cache   evicted keys=12
"""

HEADER = Template("== $title ($start .. $end, $count entries) ==")
ROW = Template("  ${label}: $value")


class Entry:
    def __init__(self, when, level, service, message, fields):
        self.when = when
        self.level = level
        self.service = service
        self.message = message
        self.fields = fields

    def __repr__(self):
        return f"Entry({self.when.isoformat()}, {self.level}, {self.service})"


def parse_line(line):
    parts = line.split(None, 4)
    if len(parts) < 5:
        raise ValueError("too few fields: %r" % line)
    when = datetime.strptime(parts[0] + " " + parts[1], "%Y-%m-%d %H:%M:%S")
    fields = {}
    words = []
    for word in parts[4].split():
        if "=" in word:
            k, v = word.split("=", 1)
            fields[k] = v
        else:
            words.append(word)
    return Entry(when, parts[2], parts[3], " ".join(words), fields)


def parse_log(text, errors):
    entries = []
    for lineno, line in enumerate(io.StringIO(text), 1):
        line = line.rstrip("\n")
        if not line:
            continue
        try:
            entries.append(parse_line(line))
        except ValueError as e:
            errors.append(f"line {lineno}: {e}")
    return entries


def sessions(entries):
    """Login to logout per user, as (user, start, duration)."""
    open_at = {}
    out = []
    for e in entries:
        user = e.fields.get("user", "")
        if e.message == "login":
            open_at[user] = e.when
        elif e.message == "logout" and user in open_at:
            out.append((user, open_at[user], e.when - open_at.pop(user)))
    return out


def render(entries, errors):
    out = io.StringIO()
    first = min(e.when for e in entries)
    last = max(e.when for e in entries)
    print(HEADER.substitute(title="Service log", start=first.strftime("%d %b %H:%M"), end=last.strftime("%d %b %H:%M"), count=len(entries)), file=out)
    print(ROW.substitute(label="span", value=last - first), file=out)
    levels = Counter(e.level for e in entries)
    for level, n in sorted(levels.items(), key=lambda kv: (-kv[1], kv[0])):
        print(ROW.substitute(label=level.lower(), value=n), file=out)

    by_day = {}
    for e in entries:
        by_day.setdefault(e.when.date(), []).append(e)
    print("-- per day --", file=out)
    for day in sorted(by_day):
        items = by_day[day]
        errs = sum(1 for e in items if e.level == "ERROR")
        print(f"  {day:%a %Y-%m-%d} week {day.strftime('%W')}: {len(items):2d} entries, {errs} errors", file=out)

    print("-- per hour (10 Mar) --", file=out)
    hours = Counter(e.when.hour for e in entries if e.when.date() == date(2024, 3, 10))
    for hour in range(0, 10):
        bar = "#" * hours.get(hour, 0)
        print(f"  {hour:02d}:00 {bar}", file=out)

    print("-- latency --", file=out)
    latencies = [(e.when, int(e.fields["ms"])) for e in entries if "ms" in e.fields]
    total = timedelta()
    for when, ms in latencies:
        total += timedelta(milliseconds=ms)
    print(f"  {len(latencies)} timed, total {total}, mean {total / len(latencies)}", file=out)
    worst = max(latencies, key=lambda p: p[1])
    print(f"  worst {worst[1]} ms at {worst[0].strftime('%H:%M:%S')}", file=out)

    print("-- sessions --", file=out)
    for user, start, length in sorted(sessions(entries), key=lambda s: s[2], reverse=True):
        hours_f = length.total_seconds() / 3600
        print(f"  {user:<4} from {start.isoformat(sep=' ', timespec='minutes')} for {length} ({hours_f:.2f} h)", file=out)

    gaps = []
    ordered = sorted(entries, key=lambda e: e.when)
    for a, b in zip(ordered, ordered[1:]):
        gaps.append((b.when - a.when, a.when))
    gap, after = max(gaps)
    print(f"-- longest quiet period: {gap} after {after} --", file=out)
    deadline = last + timedelta(days=30)
    print(f"-- keep until {deadline.date().isoformat()} ({deadline.strftime('%A')}) --", file=out)
    for err in errors:
        print("skipped", err, file=out)
    return out.getvalue()


def main():
    errors = []
    entries = parse_log(RAW_LOG, errors)
    report = render(entries, errors)
    print(report, end="")
    print(len(report.splitlines()), "report lines")


if __name__ == "__main__":
    main()
