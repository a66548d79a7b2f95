import csv
import io
import sys


def main():
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["name", "qty", "note"])
    w.writerow(["apple", 3, "red, round"])
    w.writerow(["pear", 1.5, 'say "hi"'])
    w.writerow(["fig", None, "two\nlines"])
    w.writerows([["a", "b"], [""], []])
    text = buf.getvalue()
    print(repr(text))
    for row in csv.reader(io.StringIO(text)):
        print(row)
    r = csv.reader(text.splitlines(keepends=True))
    rows = list(r)
    print(len(rows), r.line_num)
    print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
    print(list(csv.reader(['1,"x",2.5'], quoting=csv.QUOTE_NONNUMERIC)))
    out = io.StringIO()
    dw = csv.DictWriter(out, fieldnames=["id", "city", "temp"], lineterminator="\n")
    dw.writeheader()
    dw.writerow({"id": 1, "city": "Oslo", "temp": -3.5})
    dw.writerow({"id": 2, "city": "Rome"})
    try:
        dw.writerow({"id": 3, "town": "x"})
    except ValueError as e:
        print("ValueError:", e)
    print(out.getvalue(), end="")
    for rec in csv.DictReader(io.StringIO(out.getvalue())):
        print(rec["id"], rec["city"].upper(), rec["temp"] or "n/a")
    dr = csv.DictReader(["a,b", "1,2,3", "4"], restkey="extra", restval="?")
    for rec in dr:
        print(rec)
    print(dr.fieldnames, dr.line_num)
    q = io.StringIO()
    csv.writer(q, quoting=csv.QUOTE_ALL, lineterminator="\n").writerow(["x", 1, None])
    csv.writer(q, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerow(["x", 1, 2.5, True])
    csv.writer(q, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\").writerow(["a\tb", 'c"d'])
    print(repr(q.getvalue()))
    for bad in (lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]),
                lambda: list(csv.reader(['a,"b"c'], strict=True)),
                lambda: list(csv.reader(["a\rb"])),
                lambda: csv.writer(io.StringIO(), delimiter="ab"),
                lambda: csv.get_dialect("nope")):
        try:
            bad()
        except csv.Error as e:
            print("csv.Error:", e)
        except TypeError as e:
            print("TypeError:", e)
    csv.register_dialect("pipes", delimiter="|", lineterminator="\n")
    p = io.StringIO()
    csv.writer(p, dialect="pipes").writerow(["a|b", "c"])
    print(repr(p.getvalue()), csv.list_dialects())
    print(list(csv.reader(["  a,  b"], skipinitialspace=True)), list(csv.reader(["x\ty"], dialect="excel-tab")))
    to_stdout = csv.writer(sys.stdout, lineterminator="\n")
    print(to_stdout.writerow(["written", "to stdout", 3]), sys.stdout.write("direct\n"), sys.stderr.write(""))


if __name__ == "__main__":
    main()
