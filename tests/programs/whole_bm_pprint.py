# pyperformance's bm_pprint (pformat and _safe_repr of a long list of
# nested tuples, lists and dicts), scaled down and its pyperf timing swapped
# for printing digests of the results, followed by pprint's layouts of the
# data real programs print: configuration dicts, tables of records, long
# strings, sets, depth limits, compact lists and custom indents.
import pprint
from pprint import PrettyPrinter


def bench_pprint():
    printable = [('string', (1, 2), [3, 4], {5: 6, 7: 8})] * 2000
    p = PrettyPrinter()
    text = p.pformat(printable)
    lines = text.splitlines()
    print("pformat:", len(text), len(lines), lines[0], lines[-1])
    safe = p._safe_repr(printable, {}, None, 0)
    print("safe_repr:", len(safe[0]), safe[1], safe[2], safe[0][:60])
    print("isreadable:", p.isreadable(printable), "isrecursive:", p.isrecursive(printable))


def config_dump():
    config = {
        "service": "inventory",
        "version": (3, 11, 7),
        "database": {"host": "db.internal", "port": 5432, "pool": {"min": 2, "max": 20, "timeout": 30.0}},
        "features": ["search", "export", "audit-log", "bulk-import", "webhooks", "rate-limits"],
        "owners": {"zoe": "admin", "adam": "viewer", "mia": "editor"},
        "retries": None,
        "debug": False,
    }
    pprint.pprint(config)
    pprint.pprint(config, width=60, sort_dicts=False)
    pprint.pp(config["database"], width=30)


def records():
    rows = [{"id": i, "name": "item-%03d" % i, "price": round(i * 1.25, 2), "tags": ["t%d" % (i % 3), "t%d" % (i % 5)]}
            for i in range(8)]
    pprint.pprint(rows)
    table = [(i, i * i, i ** 3, str(i) * i) for i in range(1, 9)]
    pprint.pprint(table, width=50)
    print(pprint.pformat(list(range(60)), compact=True, width=60))
    print(pprint.pformat([list(range(12))] * 4, indent=4, width=40))


def strings_and_sets():
    text = "Pretty printing splits long strings at whitespace into adjacent literals " * 3
    pprint.pprint(text)
    pprint.pprint({"description": text, "lines": "first line\nsecond line which is a bit longer than the others\nthird"})
    pprint.pprint({5, 3, 9, 1})
    pprint.pprint({"primes": {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53, 59, 61, 67, 71},
                   "frozen": frozenset(range(30, 60, 2))})
    pprint.pprint(set())
    pprint.pprint(("a long single element tuple that does not fit on one line at all, no way",))


def depth_and_keys():
    deep = {"level1": {"level2": {"level3": {"level4": [1, 2, 3]}}}, "other": [[1, [2, [3, [4]]]]]}
    pprint.pprint(deep, depth=2)
    pprint.pprint(deep, depth=3, width=20)
    mixed_keys = {3: "three", 1: "one", 2: "two", 10: "ten"}
    pprint.pprint(mixed_keys, width=20)
    print(pprint.saferepr({"b": [1, 2], "a": (3,)}), pprint.isreadable({"x": print}))
    nums = {"floats": [0.1 * i for i in range(1, 12)], "neg": [-i for i in range(25)]}
    printer = PrettyPrinter(indent=2, width=70, compact=True)
    printer.pprint(nums)
    print(printer.pformat({"empty": [], "edict": {}, "etuple": (), "estr": "", "none": None}))


def main():
    bench_pprint()
    config_dump()
    records()
    strings_and_sets()
    depth_and_keys()


if __name__ == "__main__":
    main()
