import datetime as dt
from datetime import date, datetime, timedelta


def main():
    # timedelta construction and normalisation
    print(repr(timedelta(days=1, seconds=7384)), timedelta(days=1, seconds=7384))
    print(repr(timedelta()), timedelta(), repr(timedelta(microseconds=5)))
    print(timedelta(hours=1.5), timedelta(minutes=90), timedelta(weeks=2), timedelta(milliseconds=1500))
    print(timedelta(days=-1, seconds=5), repr(timedelta(seconds=-1)), timedelta(hours=-25))
    print(timedelta(days=1, hours=-1), timedelta(seconds=0.25), timedelta(days=2.5))
    td = timedelta(days=3, hours=4, minutes=5, seconds=6, microseconds=7)
    print(td.days, td.seconds, td.microseconds, td.total_seconds())
    # timedelta arithmetic and comparison
    a = timedelta(hours=5)
    b = timedelta(minutes=45)
    print(a + b, a - b, b - a, -a, abs(-a), a * 3, 2 * b, a * 1.5, a / 4, a // 4)
    print(a / b, a // b, a % b, timedelta(days=3) / 2, timedelta(days=3) * 0.1)
    print(a > b, a < b, a == timedelta(minutes=300), a != b, a >= a, b <= a)
    print(bool(timedelta()), bool(b), sorted([a, b, timedelta(0)]))
    total = timedelta()
    for x in [a, b, b]:
        total += x
    print(max([a, b]), min(a, b), total)
    print({timedelta(hours=1): "h", timedelta(minutes=60): "m"})
    # date
    d = date(2024, 2, 28)
    print(d, repr(d), d.year, d.month, d.day)
    print(d + timedelta(days=1), d + timedelta(days=2), timedelta(days=366) + d)
    print(d - timedelta(days=59), date(2024, 12, 25) - d, (date(2025, 1, 1) - date(2024, 1, 1)).days)
    print(d.weekday(), d.isoweekday(), d.isoformat(), d.toordinal(), date.fromordinal(738944))
    print(date.fromisoformat("2023-07-04"), date.fromisoformat("20230704"), repr(d.replace(day=1)), d.replace(year=2023, month=3))
    print(d.strftime("%Y/%m/%d %a %A %b %B %j %y %w %U %W %%"), d.ctime())
    print(d < date(2024, 3, 1), d == date(2024, 2, 28), d != date(2024, 2, 28), d >= date(2025, 1, 1))
    days = [date(2024, 5, 1), date(2023, 1, 9), date(2024, 1, 9)]
    print(sorted(days), max(days), min(days))
    counts = {}
    for x in [date(2024, 1, 1), date(2024, 1, 2), date(2024, 1, 1)]:
        counts[x] = counts.get(x, 0) + 1
    print(counts)
    print(f"{d}", f"{d:%d.%m.%Y}", "{}".format(d), str(d))
    for bad in [(2024, 2, 30), (2023, 2, 29), (2024, 13, 1), (0, 1, 1), (2024, 4, 31)]:
        try:
            date(bad[0], bad[1], bad[2])
        except ValueError as e:
            print("ValueError:", e)
    try:
        date.fromisoformat("2024-1-3")
    except ValueError as e:
        print("ValueError:", e)
    # Leap years and month ends
    for y in [1900, 2000, 2023, 2024]:
        print(y, (date(y, 3, 1) - date(y, 2, 1)).days)
    first = date(2024, 1, 31)
    print([str(first + timedelta(days=k * 30)) for k in range(5)])
    # datetime
    t = datetime(2024, 3, 10, 14, 5, 9)
    print(t, repr(t), t.hour, t.minute, t.second, t.microsecond)
    print(repr(datetime(2024, 1, 5)), repr(datetime(2024, 1, 5, 0, 0, 0, 5)), repr(datetime(2024, 1, 5, 10, 30)))
    print(t.isoformat(), t.isoformat(" "), t.isoformat(timespec="minutes"), datetime(2024, 1, 1, 1, 2, 3, 450000).isoformat())
    print(t.date(), repr(t.date()), t.weekday(), t.isoweekday(), t.ctime())
    print(t.strftime("%Y-%m-%d %H:%M:%S"), t.strftime("%I:%M %p on %A, %B %d"), t.strftime("%H%M%S.%f"), t.strftime("%c | %x | %X"))
    print(t + timedelta(hours=10), t - timedelta(days=10, minutes=6), t + timedelta(microseconds=1))
    later = datetime(2024, 3, 12, 9, 0)
    diff = later - t
    print(diff, repr(diff), diff.total_seconds(), t - later)
    print(t < later, t == datetime(2024, 3, 10, 14, 5, 9), sorted([later, t])[0])
    print(datetime.fromisoformat("2024-01-03T10:20:30.5"), datetime.fromisoformat("2024-01-03 10:20"), datetime.fromisoformat("2024-01-03"))
    print(datetime.fromisoformat("2011-11-04T00:05:23"), datetime.fromisoformat("20111104T000523"))
    print(datetime.strptime("2024-01-05 10:00", "%Y-%m-%d %H:%M"), datetime.strptime("5/1/24 3:04:05 PM", "%d/%m/%y %I:%M:%S %p"))
    print(datetime.strptime("Mar 7 2021", "%b %d %Y"), datetime.strptime("07-March-2021 12:00:00.25", "%d-%B-%Y %H:%M:%S.%f"))
    print(datetime.strptime("2024 060", "%Y %j"), datetime.strptime("12AM", "%I%p"))
    for s, f in [("2024-1-3x", "%Y-%m-%d"), ("2024-1", "%Y-%m-%d"), ("24:00", "%H:%M"), ("2024-02-30", "%Y-%m-%d")]:
        try:
            datetime.strptime(s, f)
        except ValueError as e:
            print("ValueError:", e)
    for h, m, s, us in [(24, 0, 0, 0), (0, 60, 0, 0), (0, 0, 60, 0), (0, 0, 0, 1000000), (-1, 0, 0, 0)]:
        try:
            datetime(2024, 1, 1, h, m, s, us)
        except ValueError as e:
            print("ValueError:", e)
    print(t.replace(hour=0, minute=0), t.replace(year=2000))
    print(isinstance(t, date), isinstance(d, datetime), dt.MINYEAR, dt.MAXYEAR)
    print(dt.date(2020, 1, 1) + dt.timedelta(weeks=1), dt.datetime(2020, 1, 1, 12).strftime("%H"))
    # Stepping through a range of days
    start = date(2024, 2, 26)
    week = [start + timedelta(days=i) for i in range(7)]
    print(", ".join(f"{x:%a %d}" for x in week))
    stamps = [datetime(2024, 1, 1, 8, 0) + timedelta(minutes=37 * i) for i in range(5)]
    print([s.strftime("%H:%M") for s in stamps])
    gaps = [b - a for a, b in zip(stamps, stamps[1:])]
    print(sum(gaps, timedelta()), sum((g * 2 for g in gaps), timedelta(days=1)))
    # now() and today() are the local clock: only their types and consistency are printed.
    now = datetime.now()
    print(type(now).__name__, type(date.today()).__name__, now.year >= 2024, (datetime.now() - now).days)


if __name__ == "__main__":
    main()
