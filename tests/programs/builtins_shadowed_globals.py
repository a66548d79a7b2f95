# Module-level variables named like builtins, as quick scripts write them
# (`len = len(rows)`): before the binding the name is the builtin; after it,
# main.py's code sees the variable while the library modules it uses
# (json, io, textwrap) keep calling the builtins.
import io
import json
import textwrap

rows = json.loads('[{"v": 1.5}, {"v": 2.5}, {"v": 4}, {"v": -1}]')
len = len(rows)
total = 0
for r in rows:
    total += r["v"]
print(total / len)

list = list(range(4))
sum = sum(list) * 10
max = max(list, key=lambda v: -v)
print(list, sum, max)


def report():
    return "len=%d sum=%d max=%d" % (len, sum, max)


def filter(values, keep):
    return [v for v in values if keep(v)]


def main():
    print(report())
    print(filter(list, lambda v: v % 2 == 1))
    text = json.dumps({"rows": rows, "count": len}, sort_keys=True)
    print(text)
    print(json.loads(text)["count"])
    buf = io.StringIO("first line\nsecond line\n")
    print(buf.readline().strip(), "|", buf.read().strip())
    print(textwrap.fill("a few words that wrap at a narrow width", width=12))


if __name__ == "__main__":
    main()
