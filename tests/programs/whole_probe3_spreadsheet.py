"""A spreadsheet: cells with formulas, a dependency graph, topological recalculation and cycle detection."""
import re
from collections import defaultdict, deque
from functools import reduce

CELL_RE = re.compile(r"\b([A-H])([1-9][0-9]?)\b")
RANGE_RE = re.compile(r"\b([A-H][1-9][0-9]?):([A-H][1-9][0-9]?)\b")


class CycleError(Exception):
    def __init__(self, cells):
        self.cells = sorted(cells)
        super().__init__("cycle through " + ", ".join(self.cells))


def split_ref(ref):
    return ref[0], int(ref[1:])


def expand_range(a, b):
    (c1, r1), (c2, r2) = split_ref(a), split_ref(b)
    return [f"{chr(c)}{r}" for c in range(ord(c1), ord(c2) + 1) for r in range(r1, r2 + 1)]


class Cell:
    __slots__ = ("name", "raw", "value", "deps")

    def __init__(self, name, raw):
        self.name = name
        self.raw = raw
        self.value = None
        self.deps = set()

    @property
    def is_formula(self):
        return isinstance(self.raw, str) and self.raw.startswith("=")


class Sheet:
    FUNCS = {
        "SUM": lambda xs: sum(xs),
        "AVG": lambda xs: sum(xs) / len(xs) if xs else 0.0,
        "MAX": lambda xs: max(xs, default=0),
        "MIN": lambda xs: min(xs, default=0),
        "PROD": lambda xs: reduce(lambda a, b: a * b, xs, 1),
    }

    def __init__(self):
        self.cells = {}
        self.dependents = defaultdict(set)
        self.recalcs = 0

    def __setitem__(self, name, raw):
        old = self.cells.get(name)
        if old is not None:
            for d in old.deps:
                self.dependents[d].discard(name)
        cell = Cell(name, raw)
        if cell.is_formula:
            body = cell.raw[1:]
            for a, b in RANGE_RE.findall(body):
                cell.deps.update(expand_range(a, b))
            body = RANGE_RE.sub("", body)
            cell.deps.update(f"{c}{r}" for c, r in CELL_RE.findall(body))
        self.cells[name] = cell
        for d in cell.deps:
            self.dependents[d].add(name)
        self.recalculate(name)

    def __getitem__(self, name):
        cell = self.cells.get(name)
        return 0 if cell is None or cell.value is None else cell.value

    def affected(self, start):
        seen = {start}
        queue = deque([start])
        while queue:
            for nxt in sorted(self.dependents[queue.popleft()]):
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return seen

    def order(self, names):
        indegree = {n: 0 for n in names}
        for n in names:
            cell = self.cells.get(n)
            if cell:
                for d in cell.deps:
                    if d in indegree:
                        indegree[n] += 1
        ready = sorted(n for n, k in indegree.items() if k == 0)
        out = []
        while ready:
            n = ready.pop(0)
            out.append(n)
            for m in sorted(self.dependents[n]):
                if m in indegree:
                    indegree[m] -= 1
                    if indegree[m] == 0:
                        ready.append(m)
        if len(out) != len(names):
            raise CycleError(set(names) - set(out))
        return out

    def recalculate(self, start):
        names = self.affected(start)
        try:
            ordered = self.order(names)
        except CycleError as exc:
            for n in exc.cells:
                if n in self.cells:
                    self.cells[n].value = "#CYCLE"
            return
        for n in ordered:
            if n in self.cells:
                self.cells[n].value = self.evaluate(self.cells[n])
                self.recalcs += 1

    def evaluate(self, cell):
        if not cell.is_formula:
            return cell.raw
        expr = cell.raw[1:]

        def call(m):
            fn, a, b = m.group(1), m.group(2), m.group(3)
            vals = [self[r] for r in expand_range(a, b)]
            if any(isinstance(v, str) for v in vals):
                raise ValueError("#VALUE")
            return repr(self.FUNCS[fn](vals))

        try:
            expr = re.sub(r"([A-Z]+)\(([A-H][0-9]+):([A-H][0-9]+)\)", call, expr)
            expr = CELL_RE.sub(lambda m: repr(self[m.group(0)]), expr)
            return calc(expr)
        except ZeroDivisionError:
            return "#DIV/0"
        except ValueError as exc:
            return str(exc) or "#ERR"

    def render(self, cols="ABCD", rows=range(1, 6)):
        lines = ["    " + "".join(f"{c:>10}" for c in cols)]
        for r in rows:
            cells = []
            for c in cols:
                v = self.cells.get(f"{c}{r}")
                v = "" if v is None else v.value
                cells.append(f"{v:>10.3f}" if isinstance(v, float) else f"{v!s:>10}")
            lines.append(f"{r:>3} " + "".join(cells))
        return "\n".join(lines)


def calc(expr):
    tokens = re.findall(r"\d+\.\d*|\d+|'[^']*'|[-+*/()]", expr)
    pos = 0

    def peek():
        return tokens[pos] if pos < len(tokens) else None

    def take():
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def atom():
        t = take()
        if t == "(":
            v = add()
            take()
            return v
        if t == "-":
            return -atom()
        if t.startswith("'"):
            raise ValueError("#VALUE")
        return float(t) if "." in t else int(t)

    def mul():
        v = atom()
        while peek() in ("*", "/"):
            v = v * atom() if take() == "*" else v / atom()
        return v

    def add():
        v = mul()
        while peek() in ("+", "-"):
            v = v + mul() if take() == "+" else v - mul()
        return v

    return add()


def main():
    s = Sheet()
    s["A1"] = 10
    s["A2"] = 20
    s["A3"] = 30.5
    s["B1"] = "=A1*2"
    s["B2"] = "=A2+B1"
    s["B3"] = "=SUM(A1:A3)"
    s["C1"] = "=AVG(A1:B2)"
    s["C2"] = "=B3/(A1-10)"
    s["C3"] = "=PROD(A1:A2)-MAX(A1:A3)"
    s["D1"] = "label"
    s["D2"] = "=D1+1"
    print(s.render())
    s["A1"] = 5
    print(s.render())
    s["A2"] = "=C1"
    print(s.render())
    print("recalcs:", s.recalcs)
    print(sorted(s.affected("A3")))
    try:
        s.order(["X1", "A1"])
    except CycleError as exc:
        print("unexpected", exc)
    print(calc("2*(3+4)-10/4"), calc("-(1+2)*3"))


if __name__ == "__main__":
    main()
