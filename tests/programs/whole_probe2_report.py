"""CSV-like sales report: parsing, grouping, aligned tables with str.format / f-string specs."""
from collections import defaultdict, namedtuple

RAW = """region,rep,product,units,unit_price,date
North,Alice,Widget,12,3.50,2024-01-05
North,Alice,Gadget,3,19.99,2024-01-09
South,Bob,Widget,40,3.25,2024-01-11
East,Carol,Gizmo,7,45.00,2024-02-01
North,Dave,Widget,5,3.50,2024-02-03
South,Bob,Gizmo,2,44.50,2024-02-14
East,Carol,Widget,18,3.40,2024-02-20
West,Erin,Gadget,11,18.75,2024-03-02
West,Erin,Gizmo,1,49.99,2024-03-03
South,Frank,Gadget,6,20.00,2024-03-15
East,Grace,Widget,,3.40,2024-03-18
North,Alice,Gizmo,4,46.25,2024-03-29
bad line without enough fields
"""

Sale = namedtuple("Sale", ["region", "rep", "product", "units", "price", "month"])


def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    sales = []
    errors = []
    for lineno, line in enumerate(lines[1:], start=2):
        fields = [f.strip() for f in line.split(",")]
        if len(fields) != len(header):
            errors.append(f"line {lineno}: expected {len(header)} fields, got {len(fields)}")
            continue
        row = dict(zip(header, fields))
        try:
            units = int(row["units"])
        except ValueError as e:
            errors.append(f"line {lineno}: {e}")
            continue
        month = row["date"][:7]
        sales.append(Sale(row["region"], row["rep"], row["product"], units, float(row["unit_price"]), month))
    return sales, errors


def table(headers, rows, aligns):
    widths = [len(h) for h in headers]
    text_rows = []
    for row in rows:
        cells = [c if isinstance(c, str) else (f"{c:,.2f}" if isinstance(c, float) else str(c)) for c in row]
        text_rows.append(cells)
        widths = [max(w, len(c)) for w, c in zip(widths, cells)]
    def fmt(cells):
        return " | ".join("{:{}{}}".format(c, a, w) for c, a, w in zip(cells, aligns, widths))
    out = [fmt(headers), "-+-".join("-" * w for w in widths)]
    out.extend(fmt(r) for r in text_rows)
    return "\n".join(out)


def main():
    sales, errors = parse(RAW)
    print(f"{len(sales)} sales parsed, {len(errors)} errors")
    for e in errors:
        print("  !", e)
    by_region = defaultdict(float)
    by_rep = {}
    for s in sales:
        by_region[s.region] += s.units * s.price
        by_rep.setdefault(s.rep, []).append(s)
    rows = []
    for rep in sorted(by_rep, key=lambda r: -sum(x.units * x.price for x in by_rep[r])):
        items = by_rep[rep]
        revenue = sum(x.units * x.price for x in items)
        rows.append((rep, items[0].region, len(items), sum(x.units for x in items), revenue))
    print(table(["Rep", "Region", "Deals", "Units", "Revenue"], rows, ["<", "^", ">", ">", ">"]))
    print()
    total = sum(by_region.values())
    for region, rev in sorted(by_region.items(), key=lambda kv: kv[1], reverse=True):
        bar = "#" * int(rev / total * 40)
        print("{:<6}{:>10.2f} {:6.1%} {}".format(region, rev, rev / total, bar))
    print("=" * 30)
    months = sorted({s.month for s in sales})
    products = sorted({s.product for s in sales})
    print(" " * 8 + "".join(f"{m:>10}" for m in months))
    for p in products:
        cells = []
        for m in months:
            n = sum(s.units for s in sales if s.product == p and s.month == m)
            cells.append(f"{n:>10d}" if n else f"{'-':>10}")
        print(f"{p:<8}" + "".join(cells))
    best = max(sales, key=lambda s: s.units * s.price)
    print("best sale: {} sold {} x {} @ {:.2f}".format(best.rep, best.units, best.product, best.price))
    print("%-8s|%8.3f|%+d|%05d|%x|%e" % ("pct", 12.34567, 42, 42, 255, 12345.678))
    print("{:*^30}".format(" END "), "{:#x} {:#o} {:b} {:08.3f}".format(255, 8, 5, -3.14159))


if __name__ == "__main__":
    main()
