# heapq.merge with key= and reverse=; time.gmtime/localtime/strftime/mktime
# and datetime's timestamp()/fromtimestamp() (the tests run with TZ=UTC:
# local times follow the C library's zone, as CPython's do).
import datetime
import heapq
import time


def merged_logs():
    web = [("09:00", "web", 3), ("09:05", "web", 1), ("10:30", "web", 2)]
    db = [("08:59", "db", 5), ("09:05", "db", 4)]
    cache = []
    for stamp, source, level in heapq.merge(web, db, cache, key=lambda r: r[0]):
        print(stamp, source, level)
    newest = list(heapq.merge(sorted(web, reverse=True), sorted(db, reverse=True), reverse=True))
    print([r[0] for r in newest])
    words = heapq.merge(["fig", "apple"], ["kiwi", "banana", "cherry"], key=len)
    print(list(words))
    shards = [[9, 7, 2], [8, 8, 1], [10]]
    print(list(heapq.merge(*shards, reverse=True)))
    lazy = heapq.merge(iter([1, 3, 5]), iter([2, 4]), key=lambda v: v * 10)
    print(next(lazy), next(lazy), list(lazy))


def times():
    t = time.gmtime(1700000000)
    print(t)
    print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone)
    print(t[0], t[-1], len(t), tuple(t)[:3], list(t)[3:6])
    print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %A %B %p %y %%", t))
    print(time.strftime("%d/%m/%Y", (2020, 2, 29, 0, 0, 0, 5, 60, 0)))
    lt = time.localtime(0)
    print(tuple(lt), lt == time.gmtime(0), lt == tuple(time.gmtime(0)))
    print(time.mktime(time.localtime(1234567890)), time.mktime((2000, 1, 1, 0, 0, 0, 0, 1, -1)))
    print(time.gmtime(1e9 + 0.9).tm_sec, time.gmtime(-1).tm_year)
    print(len(time.strftime("%H:%M:%S")), time.localtime().tm_year >= 2024)
    try:
        time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0))
    except ValueError as e:
        print("ValueError:", e)


def datetimes():
    dt = datetime.datetime(2024, 3, 5, 12, 30, 15, 250000)
    print(dt.timestamp(), datetime.datetime(1970, 1, 2).timestamp())
    print(datetime.datetime.fromtimestamp(1700000000.5))
    print(datetime.datetime.fromtimestamp(0), datetime.datetime.utcfromtimestamp(86400 * 400))
    back = datetime.datetime.fromtimestamp(dt.timestamp())
    print(back == dt, back)
    print(dt.timetuple())


def main():
    merged_logs()
    times()
    datetimes()


main()
