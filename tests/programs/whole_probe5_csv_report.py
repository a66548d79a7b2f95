# A log-to-CSV report script: parses an access log, writes the records to a
# CSV file it creates itself, reads them back with csv.DictReader, aggregates
# them, and writes summaries with csv.writer / csv.DictWriter to an
# io.StringIO and to sys.stdout.
import csv
import io
import os
import sys
from collections import Counter, defaultdict

LOG = """\
2024-03-01 09:12:01 GET /index.html 200 5120 alice
2024-03-01 09:12:07 GET /about.html 200 2048 bob
2024-03-01 09:13:15 POST /login 302 128 alice
2024-03-01 09:14:00 GET /missing 404 0 carol
2024-03-01 10:01:44 GET /index.html 200 5120 dave
2024-03-01 10:02:10 GET /search?q=a,b 200 900 bob
2024-03-01 10:05:55 POST /upload 500 0 alice
2024-03-01 11:30:00 GET /index.html 304 0 carol
2024-03-01 11:31:12 GET /docs/"quoted" 200 700 erin
2024-03-01 11:45:09 DELETE /item/7 403 64 bob
"""

FIELDS = ["date", "time", "method", "path", "status", "bytes", "user"]


def parse_log(text):
    for line_no, line in enumerate(text.splitlines(), 1):
        parts = line.split()
        if len(parts) != len(FIELDS):
            print("skipping line", line_no, file=sys.stderr)
            continue
        yield dict(zip(FIELDS, parts))


def write_records(path, records):
    with open(path, "w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS)
        writer.writeheader()
        count = 0
        for rec in records:
            writer.writerow(rec)
            count += 1
    return count


def load_records(path):
    with open(path, newline="") as f:
        reader = csv.DictReader(f)
        rows = []
        for row in reader:
            row["status"] = int(row["status"])
            row["bytes"] = int(row["bytes"])
            rows.append(row)
        print("header:", reader.fieldnames, "lines read:", reader.line_num)
    return rows


def by_hour(rows):
    hours = defaultdict(lambda: [0, 0])
    for row in rows:
        hour = row["time"][:2] + ":00"
        hours[hour][0] += 1
        hours[hour][1] += row["bytes"]
    return hours


def status_classes(rows):
    return Counter("%dxx" % (row["status"] // 100) for row in rows)


def user_table(rows):
    users = {}
    for row in rows:
        u = users.setdefault(row["user"], {"user": row["user"], "requests": 0, "errors": 0, "bytes": 0})
        u["requests"] += 1
        u["bytes"] += row["bytes"]
        if row["status"] >= 400:
            u["errors"] += 1
    return sorted(users.values(), key=lambda u: (-u["requests"], u["user"]))


def main():
    path = "access_report_tmp.csv"
    n = write_records(path, parse_log(LOG))
    print("wrote", n, "records")
    with open(path) as f:
        raw = f.read()
    print(repr(raw.splitlines()[9]))
    rows = load_records(path)
    os.remove(path)

    summary = io.StringIO()
    w = csv.writer(summary, lineterminator="\n")
    w.writerow(["hour", "requests", "bytes", "avg"])
    for hour, (count, total) in sorted(by_hour(rows).items()):
        w.writerow([hour, count, total, round(total / count, 1)])
    print(summary.getvalue(), end="")

    out = csv.DictWriter(sys.stdout, fieldnames=["user", "requests", "errors", "bytes"],
                         lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    out.writeheader()
    out.writerows(user_table(rows))

    classes = status_classes(rows)
    tsv = csv.writer(sys.stdout, dialect="excel-tab", lineterminator="\n")
    for cls in sorted(classes):
        tsv.writerow([cls, classes[cls], "#" * classes[cls]])

    errors = [r for r in rows if r["status"] >= 400]
    quoted = io.StringIO()
    csv.writer(quoted, quoting=csv.QUOTE_ALL, lineterminator=";").writerows(
        [[r["path"], r["status"]] for r in errors])
    print(quoted.getvalue())
    back = list(csv.reader(quoted.getvalue().split(";")))
    print(back)
    odd = [r["path"] for r in rows if "," in r["path"] or '"' in r["path"]]
    buf = io.StringIO()
    csv.writer(buf).writerow(odd)
    print(buf.getvalue().strip(), "->", next(csv.reader([buf.getvalue()])))


if __name__ == "__main__":
    main()
