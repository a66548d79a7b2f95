# A date report over events and a ledger: counts per day and ISO week, month ends, sorting and grouping dates by
# weekday, with datetime.date/timedelta arithmetic, a total_ordering class wrapping dates as dict keys, and date
# methods called on values whose type the compiler cannot pin down (keywords skipping defaults: d.replace(day=1)).
import collections
import datetime
import functools
from datetime import date, timedelta

WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


@functools.total_ordering
class Day:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        return self.d == other.d

    def __lt__(self, other):
        return self.d < other.d

    def __hash__(self):
        return hash(self.d)

    def __repr__(self):
        return f"Day({self.d.isoformat()})"

    def next(self):
        return Day(self.d + timedelta(days=1))

    def weekday(self):
        return WEEKDAYS[self.d.weekday()]


def month_end(d):
    if d.month == 12:
        return date(d.year, 12, 31)
    return date(d.year, d.month + 1, 1) - timedelta(days=1)


def week_start(d):
    return d - timedelta(days=d.weekday())


def daterange(start, end, step=1):
    cur = start
    while cur <= end:
        yield cur
        cur = cur + timedelta(days=step)


def events(start, n):
    out = []
    seed = 7
    for i in range(n):
        seed = (seed * 1103515245 + 12345) % 2147483648
        out.append(start + timedelta(days=seed % 90))
    return out


def count_by_date(dates):
    counts = {}
    for d in dates:
        counts[d] = counts.get(d, 0) + 1
    return counts


def count_by_week(dates):
    weeks = {}
    for d in dates:
        w = week_start(d)
        weeks[w] = weeks.get(w, 0) + 1
    return weeks


def group_by_weekday(dates):
    groups = {}
    for d in dates:
        groups.setdefault(WEEKDAYS[d.weekday()], []).append(d)
    return groups


def month_ends(start, end):
    out = []
    d = start
    while d <= end:
        e = month_end(d)
        out.append(e)
        d = e + timedelta(days=1)
    return out


def busiest(counts, k):
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return items[:k]


def report_days(days):
    counts = {}
    for day in days:
        counts[day] = counts.get(day, 0) + 1
    first = min(days)
    last = max(days)
    return counts, first, last


def calendar_report():
    start = date(2024, 1, 1)
    evs = events(start, 60)
    counts = count_by_date(evs)
    print(len(counts), sum(counts.values()))
    for d, c in busiest(counts, 5):
        print(d, c, WEEKDAYS[d.weekday()])
    weeks = count_by_week(evs)
    for w in sorted(weeks)[:6]:
        print("week of", w.isoformat(), weeks[w])
    groups = group_by_weekday(evs)
    for name in WEEKDAYS:
        ds = sorted(groups.get(name, []))
        print(name, len(ds), ds[0] if ds else None, ds[-1] if ds else None)
    ends = month_ends(start, date(2024, 4, 15))
    print([e.isoformat() for e in ends])
    span = list(daterange(date(2024, 2, 26), date(2024, 3, 3)))
    print(len(span), span[0], span[-1], [d.day for d in span])
    sorted_evs = sorted(evs, reverse=True)
    print(sorted_evs[:3], sorted_evs[-1])
    print((max(evs) - min(evs)).days, min(evs) < max(evs))
    days = [Day(d) for d in evs]
    dcounts, first, last = report_days(days)
    print(len(dcounts), first, last, first <= last, first > last)
    print(sorted(days)[:3])
    nxt = first.next()
    print(nxt, nxt.weekday(), nxt > first, dcounts.get(first), dcounts.get(nxt, 0))
    by_wd = {}
    for day in sorted(set(days)):
        by_wd[day.weekday()] = by_wd.get(day.weekday(), 0) + dcounts[day]
    print(by_wd)
    leap = date(2024, 2, 28) + timedelta(days=1)
    print(leap, leap + timedelta(weeks=1), month_end(leap), (date(2024, 12, 31) - date(2024, 1, 1)).days + 1)




@functools.total_ordering
class ReportDate:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    @staticmethod
    def parse(text):
        y, m, d = text.split("-")
        return ReportDate(datetime.date(int(y), int(m), int(d)))

    def __eq__(self, other):
        return isinstance(other, ReportDate) and self.value == other.value

    def __lt__(self, other):
        return self.value < other.value

    def __hash__(self):
        return hash(self.value)

    def __str__(self):
        return self.value.strftime("%Y-%m-%d")

    def __repr__(self):
        return f"ReportDate({self.value!r})"

    def shift(self, days):
        return ReportDate(self.value + datetime.timedelta(days=days))

    @property
    def weekday_name(self):
        return self.value.strftime("%A")

    def month_end(self):
        first_next = (self.value.replace(day=1) + datetime.timedelta(days=32)).replace(day=1)
        return ReportDate(first_next - datetime.timedelta(days=1))

    def week(self):
        return self.value.isocalendar()[1]


class Entry:
    def __init__(self, when, amount, tag=None):
        self.when = when
        self.amount = amount
        self.tag = tag


def load():
    rows = ["2024-01-03,10,a", "2024-01-03,5,b", "2024-01-31,7,", "2024-02-01,3,a", "2024-02-14,8,c", "2024-02-29,1,",
            "2024-03-01,4,a", "2024-03-15,9,b", "2024-03-31,2,c", "2024-01-07,6,a"]
    out = []
    for r in rows:
        d, a, t = r.split(",")
        out.append(Entry(ReportDate.parse(d), int(a), t or None))
    return out


def ledger_report():
    entries = load()
    counts = {}
    totals = collections.defaultdict(int)
    for e in entries:
        counts[e.when] = counts.get(e.when, 0) + 1
        totals[e.when.month_end()] += e.amount
    for d in sorted(counts):
        print(d, counts[d], d.weekday_name, d.week())
    for end, total in sorted(totals.items()):
        print("month ending", end, total)
    by_weekday = {}
    for e in entries:
        by_weekday.setdefault(e.when.weekday_name, []).append(e.when)
    for name in sorted(by_weekday):
        print(name, [str(x) for x in sorted(by_weekday[name])])
    first = min(counts)
    last = max(counts)
    print(first, last, (last.value - first.value).days, first < last, first >= last, first == ReportDate.parse("2024-01-03"))
    cur = first
    weeks = {}
    while cur <= last:
        wk = cur.week()
        weeks[wk] = weeks.get(wk, 0) + counts.get(cur, 0)
        cur = cur.shift(1)
    print(sorted(weeks.items()))
    tags = {}
    for e in entries:
        key = e.tag if e.tag is not None else "-"
        tags[key] = tags.get(key, 0) + e.amount
    print(tags, max(counts, key=counts.get), sorted(counts, reverse=True)[:2])



def iso_weeks():
    samples = [datetime.date(2021, 1, 1), datetime.date(2024, 12, 30), datetime.date(2024, 1, 1), datetime.date(2026, 12, 31)]
    for d in samples:
        iso = d.isocalendar()
        y, w, wd = iso
        print(d, iso, y, w, wd, iso[1], iso.week, len(iso), iso == (y, w, wd))
    mixed = [datetime.date(2024, 5, 17), 3, "x"]
    d = mixed[0]
    print(d.replace(day=1), d.replace(month=2, day=29), d.replace(2023), d.isocalendar()[1])


def main():
    calendar_report()
    ledger_report()
    iso_weeks()


main()
