"""A tiny query engine over lists of dicts: where / select / order by / group by / join."""
from itertools import groupby

EMPLOYEES = [
    {"id": 1, "name": "Ada", "dept": 10, "salary": 120000, "age": 36},
    {"id": 2, "name": "Brian", "dept": 20, "salary": 85000, "age": 45},
    {"id": 3, "name": "Chen", "dept": 10, "salary": 99000, "age": 29},
    {"id": 4, "name": "Dana", "dept": 30, "salary": 72000, "age": 51},
    {"id": 5, "name": "Eli", "dept": 20, "salary": 91000, "age": 33},
    {"id": 6, "name": "Fatima", "dept": 10, "salary": 130000, "age": 41},
    {"id": 7, "name": "Gus", "dept": 40, "salary": 60000, "age": 24},
]
DEPTS = [
    {"dept": 10, "title": "Engineering"},
    {"dept": 20, "title": "Sales"},
    {"dept": 30, "title": "Support"},
]

def compare(op, a, b):
    if op == "=":
        return a == b
    if op == "!=":
        return a != b
    if op == "<":
        return a < b
    if op == "<=":
        return a <= b
    if op == ">":
        return a > b
    return a >= b


class Query:
    def __init__(self, rows):
        self.rows = list(rows)

    def where(self, field, op, value):
        return Query(r for r in self.rows if compare(op, r[field], value))

    def select(self, *fields):
        return Query({f: r[f] for f in fields} for r in self.rows)

    def order_by(self, *keys):
        rows = list(self.rows)
        for key in reversed(keys):
            desc = key.startswith("-")
            name = key.lstrip("-")
            rows.sort(key=lambda r: r[name], reverse=desc)
        return Query(rows)

    def group_by(self, field, **aggs):
        rows = sorted(self.rows, key=lambda r: r[field])
        out = []
        for k, grp in groupby(rows, key=lambda r: r[field]):
            grp = list(grp)
            row = {field: k}
            for name, (fn, col) in aggs.items():
                row[name] = fn([g[col] for g in grp])
            out.append(row)
        return Query(out)

    def join(self, other, field, how="inner"):
        index = {}
        for r in other.rows:
            index.setdefault(r[field], []).append(r)
        out = []
        for r in self.rows:
            matches = index.get(r[field], [])
            if not matches and how == "left":
                merged = dict(r)
                merged["title"] = None
                out.append(merged)
            for m in matches:
                merged = dict(r)
                merged.update(m)
                out.append(merged)
        return Query(out)

    def limit(self, n):
        return Query(self.rows[:n])

    def __iter__(self):
        return iter(self.rows)

    def __len__(self):
        return len(self.rows)

    def show(self):
        if not self.rows:
            print("(empty)")
            return
        cols = list(self.rows[0])
        widths = {c: max([len(c)] + [len(str(r.get(c))) for r in self.rows]) for c in cols}
        print("  ".join(c.ljust(widths[c]) for c in cols))
        for r in self.rows:
            print("  ".join(str(r.get(c)).rjust(widths[c]) if isinstance(r.get(c), (int, float)) else str(r.get(c)).ljust(widths[c]) for c in cols))
        print()


def count(xs):
    return len(xs)


def total(xs):
    return sum(xs)


def largest(xs):
    return max(xs)


def mean(xs):
    return round(sum(xs) / len(xs), 1)


def main():
    emp = Query(EMPLOYEES)
    emp.where("salary", ">", 90000).select("name", "salary").order_by("-salary").show()
    emp.where("age", "<", 40).order_by("dept", "-age").select("dept", "name", "age").show()
    emp.group_by("dept", n=(count, "id"), total=(total, "salary"), avg_age=(mean, "age"), oldest=(largest, "age")).show()
    emp.join(Query(DEPTS), "dept", how="left").select("name", "title").order_by("name").limit(5).show()
    print(len(emp.join(Query(DEPTS), "dept")), [r["name"] for r in emp.where("dept", "!=", 10)])
    getter = lambda r: (r["name"], r["age"])
    print([getter(r) for r in EMPLOYEES[:3]])
    print(sorted(EMPLOYEES, key=lambda r: (r["dept"], -r["salary"]))[0]["name"])


if __name__ == "__main__":
    main()
