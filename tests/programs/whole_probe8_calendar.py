"""A meeting scheduler and timesheet report over datetime: recurring events
(weekly, monthly on the n-th weekday, every k business days), holiday
calendars, working-hours arithmetic with timedelta, ISO weeks, parsing with
fromisoformat/strptime and formatting with strftime, as scheduling scripts do."""
from datetime import date, datetime, timedelta
from collections import defaultdict

HOLIDAYS = {date(2024, 1, 1), date(2024, 5, 27), date(2024, 7, 4), date(2024, 9, 2),
            date(2024, 11, 28), date(2024, 12, 25)}
WORK_START, WORK_END = 9, 17


def is_business_day(d):
    return d.weekday() < 5 and d not in HOLIDAYS


def add_business_days(d, n):
    step = timedelta(days=1 if n >= 0 else -1)
    remaining = abs(n)
    while remaining:
        d += step
        if is_business_day(d):
            remaining -= 1
    return d


def nth_weekday(year, month, weekday, n):
    """The n-th given weekday of a month (n=-1: the last)."""
    if n > 0:
        first = date(year, month, 1)
        offset = (weekday - first.weekday()) % 7
        return first + timedelta(days=offset + 7 * (n - 1))
    next_month = date(year + month // 12, month % 12 + 1, 1)
    last = next_month - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def weekly(start, until, weekdays):
    d = start
    while d <= until:
        if d.weekday() in weekdays:
            yield d
        d += timedelta(days=1)


def monthly(start, until, weekday, n):
    year, month = start.year, start.month
    while True:
        d = nth_weekday(year, month, weekday, n)
        if d > until:
            return
        if d >= start:
            yield d
        month += 1
        if month > 12:
            year, month = year + 1, 1


class Event:
    def __init__(self, title, start, duration):
        self.title = title
        self.start = start
        self.duration = duration

    @property
    def end(self):
        return self.start + self.duration

    def overlaps(self, other):
        return self.start < other.end and other.start < self.end

    def __lt__(self, other):
        return (self.start, self.title) < (other.start, other.title)

    def __repr__(self):
        return "Event(%r, %s, %s)" % (self.title, self.start.isoformat(sep=" ", timespec="minutes"), self.duration)


def working_time(start, end):
    """Working hours between two datetimes (business days, 9 to 17)."""
    total = timedelta()
    day = start.date()
    while day <= end.date():
        if is_business_day(day):
            open_ = datetime(day.year, day.month, day.day, WORK_START)
            close = datetime(day.year, day.month, day.day, WORK_END)
            lo, hi = max(open_, start), min(close, end)
            if hi > lo:
                total += hi - lo
        day += timedelta(days=1)
    return total


def build_schedule():
    events = []
    q_start, q_end = date(2024, 1, 1), date(2024, 3, 31)
    for d in weekly(q_start, q_end, {0, 3}):
        if is_business_day(d):
            events.append(Event("standup", datetime(d.year, d.month, d.day, 9, 30), timedelta(minutes=15)))
    for d in monthly(q_start, q_end, 1, 2):
        events.append(Event("board", datetime(d.year, d.month, d.day, 14), timedelta(hours=2)))
    for d in monthly(q_start, q_end, 4, -1):
        events.append(Event("retro", datetime(d.year, d.month, d.day, 16, 30), timedelta(minutes=90)))
    d = date(2024, 1, 2)
    while d <= q_end:
        events.append(Event("release", datetime(d.year, d.month, d.day, 9, 40), timedelta(minutes=50)))
        d = add_business_days(d, 9)
    events.sort()
    return events


def main():
    events = build_schedule()
    print(len(events), events[:3], events[-1])
    clashes = [(a.title, b.title, a.start.strftime("%a %d %b %H:%M"))
               for i, a in enumerate(events) for b in events[i + 1:i + 4] if a.overlaps(b)]
    print("clashes:", clashes)
    by_week = defaultdict(list)
    for e in events:
        year, week, _ = e.start.isocalendar()
        by_week[(year, week)].append(e.title)
    for key in sorted(by_week)[:5]:
        print("week %d-W%02d: %s" % (key[0], key[1], ", ".join(by_week[key])))
    minutes = defaultdict(float)
    for e in events:
        minutes[e.title] += e.duration.total_seconds() / 60
    print(sorted(minutes.items()))
    print("last Monday of May:", nth_weekday(2024, 5, 0, -1), "third Thursday of Nov:", nth_weekday(2024, 11, 3, 3))
    print("20 business days after Dec 20:", add_business_days(date(2024, 12, 20), 20),
          "10 before Jan 10:", add_business_days(date(2024, 1, 10), -10))
    spans = [("2024-03-01T16:00", "2024-03-05T10:30"), ("2024-07-03T08:00", "2024-07-08T12:15"),
             ("2024-12-24 13:45:00", "2024-12-27 09:05:00")]
    for a, b in spans:
        t = working_time(datetime.fromisoformat(a), datetime.fromisoformat(b))
        print(a, "->", b, t, t.total_seconds() / 3600)
    stamp = datetime.strptime("31/12/2024 23:59:30", "%d/%m/%Y %H:%M:%S")
    after = stamp + timedelta(seconds=45, microseconds=250000)
    print(stamp, after, after.strftime("%Y-%m-%d %j %A %U"), (after - stamp) * 3, (after - stamp) // 2)
    ages = [date(2024, 6, 15) - date(y, 2, 29 if y % 4 == 0 else 28) for y in (1960, 1984, 2000, 2023)]
    print([a.days for a in ages], max(ages) / min(ages), sum(ages, timedelta()) % timedelta(days=365))
    total = timedelta()
    for _ in range(15):
        for e in build_schedule():
            total += e.duration
    print("total scheduled:", total, total.days, total.seconds)


if __name__ == "__main__":
    main()
