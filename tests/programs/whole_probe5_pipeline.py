# An everyday data pipeline: namedtuple records cleaned with _replace, grouped
# with itertools.groupby(key=...), ranked with tuple sort keys, scheduled with
# heapq, bucketed with bisect.insort and reported through string.Template and
# str.format_map, with a small assert-based self-check harness at the end.
import bisect
import heapq
from collections import namedtuple, defaultdict
from itertools import groupby
from string import Template

Order = namedtuple("Order", "order_id customer region amount status")
Summary = namedtuple("Summary", ["region", "orders", "total", "largest"], defaults=[0, 0.0, None])

RAW = """\
1001,alice,north,120.50,shipped
1002,bob,south,75.00,pending
1003,carol,north,310.25,shipped
1004,dave,east,42.10,cancelled
1005,erin,south,199.99,shipped
1006,alice,north,15.00,pending
1007,frank,east,88.80,shipped
1008,bob,south,250.00,shipped
1009,gina,west,64.00,pending
1010,carol,north,99.95,shipped
"""


def parse_orders(text):
    orders = []
    for line_no, line in enumerate(text.splitlines(), start=1):
        fields = line.split(",")
        if len(fields) != 5:
            raise ValueError("line %d: expected 5 fields, got %d" % (line_no, len(fields)))
        oid, customer, region, amount, status = fields
        orders.append(Order(int(oid), customer.title(), region, float(amount), status))
    return orders


def apply_discounts(orders, rate):
    # _replace returns a new record; the originals stay untouched
    return [o._replace(amount=round(o.amount * (1 - rate), 2)) if o.amount > 100 else o for o in orders]


def summarise(orders):
    summaries = []
    key = lambda o: o.region
    for region, group in groupby(sorted(orders, key=key), key=key):
        items = list(group)
        largest = max(items, key=lambda o: o.amount)
        summaries.append(Summary(region, len(items), round(sum(o.amount for o in items), 2), largest.order_id))
    return summaries


def rank_customers(orders):
    totals = {}
    counts = {}
    for o in orders:
        if o.status == "cancelled":
            continue
        totals[o.customer] = totals.get(o.customer, 0.0) + o.amount
        counts.setdefault(o.customer, []).append(o.order_id)
    # highest total first, then fewest orders, then name
    ranking = sorted(totals.items(), key=lambda kv: (-kv[1], len(counts[kv[0]]), kv[0]))
    return [(name, round(total, 2), counts[name]) for name, total in ranking]


def shipping_schedule(orders):
    heap = []
    for o in orders:
        if o.status == "pending":
            priority = 0 if o.amount > 70 else 1
            heapq.heappush(heap, (priority, -o.amount, o.order_id, o.customer))
    while heap:
        yield heapq.heappop(heap)


def bucket_amounts(orders, edges):
    buckets = defaultdict(list)
    for o in orders:
        idx = bisect.bisect_right(edges, o.amount)
        bisect.insort(buckets[idx], o.amount)
    return {idx: buckets[idx] for idx in sorted(buckets)}


REPORT = Template("Region $region: $orders orders, total $$${total} (largest #$largest)")
LINE = "{rank:>2}. {name:<6} {total:>8.2f}  orders={ids}"


def run_checks(orders):
    failures = []

    def check(name, fn):
        try:
            fn()
            print("ok  ", name)
        except AssertionError as e:
            failures.append(name)
            print("FAIL", name, "-", e)
        except Exception as e:
            failures.append(name)
            print("ERR ", name, "-", type(e).__name__, e)

    def t_count():
        assert len(orders) == 10, "ten orders"

    def t_replace_keeps_original():
        o = orders[0]
        o2 = o._replace(status="returned")
        assert o.status == "shipped" and o2.status == "returned"
        assert o2._asdict()["status"] == "returned"

    def t_defaults():
        s = Summary("nowhere")
        assert s.orders == 0 and s.largest is None, repr(s)

    def t_bad_line():
        parse_orders("1,2,3")

    def t_deliberate_failure():
        assert sum(o.amount for o in orders) < 100, "orders are worth more than 100"

    for name, fn in [("count", t_count), ("replace", t_replace_keeps_original), ("defaults", t_defaults),
                     ("bad line", t_bad_line), ("deliberate", t_deliberate_failure)]:
        check(name, fn)
    return failures


def main():
    orders = parse_orders(RAW)
    print(orders[0])
    print(orders[0]._asdict())
    print(Order._fields, Summary._fields)
    discounted = apply_discounts(orders, 0.1)
    changed = [(a.order_id, a.amount, b.amount) for a, b in zip(orders, discounted) if a != b]
    print("discounted:", changed)
    for s in summarise(discounted):
        print(REPORT.substitute(s._asdict()))
    print(REPORT.safe_substitute(region="none"))
    for rank, (name, total, ids) in enumerate(rank_customers(discounted), start=1):
        print(LINE.format_map({"rank": rank, "name": name, "total": total, "ids": ids}))
    for priority, neg_amount, oid, customer in shipping_schedule(orders):
        print("ship", oid, customer, -neg_amount, "urgent" if priority == 0 else "normal")
    print(bucket_amounts(orders, [50, 100, 200]))
    by_status = {}
    for o in orders:
        by_status.setdefault(o.status, set()).add(o.customer)
    for status in sorted(by_status):
        print(status, sorted(by_status[status]))
    failures = run_checks(orders)
    print("failures:", failures)


if __name__ == "__main__":
    main()
