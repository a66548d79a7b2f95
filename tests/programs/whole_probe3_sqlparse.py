"""A tiny SQL engine: tokenizer, recursive-descent parser to an AST, and an evaluator over in-memory tables."""
import re
from dataclasses import dataclass, field
from typing import Any

TOKEN_RE = re.compile(r"\s*(?:(\d+\.\d+|\d+)|('(?:[^']|'')*')|([A-Za-z_][A-Za-z0-9_]*)|(<=|>=|<>|!=|[=<>*,().+\-/]))")
KEYWORDS = {"SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "ORDER", "BY", "ASC", "DESC", "LIMIT", "AS", "GROUP", "COUNT", "SUM", "MAX", "MIN"}


@dataclass
class Token:
    kind: str
    value: Any
    pos: int


class SQLError(Exception):
    pass


def tokenize(sql):
    pos = 0
    out = []
    sql = sql.rstrip()
    while pos < len(sql):
        m = TOKEN_RE.match(sql, pos)
        if not m:
            raise SQLError(f"bad character {sql[pos]!r} at {pos}")
        num, string, ident, op = m.groups()
        if num is not None:
            out.append(Token("num", float(num) if "." in num else int(num), m.start(1)))
        elif string is not None:
            out.append(Token("str", string[1:-1].replace("''", "'"), m.start(2)))
        elif ident is not None:
            upper = ident.upper()
            out.append(Token("kw", upper, m.start(3)) if upper in KEYWORDS else Token("name", ident, m.start(3)))
        else:
            out.append(Token("op", op, m.start(4)))
        pos = m.end()
    out.append(Token("eof", None, pos))
    return out


@dataclass
class Query:
    columns: list
    table: str
    where: Any = None
    group_by: list = field(default_factory=list)
    order_by: list = field(default_factory=list)
    limit: int = -1


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    @property
    def tok(self):
        return self.tokens[self.i]

    def accept(self, kind, value=None):
        t = self.tok
        if t.kind == kind and (value is None or t.value == value):
            self.i += 1
            return t
        return None

    def expect(self, kind, value=None):
        t = self.accept(kind, value)
        if t is None:
            want = value or kind
            raise SQLError(f"expected {want} at {self.tok.pos}, got {self.tok.value!r}")
        return t

    def query(self):
        self.expect("kw", "SELECT")
        cols = [self.select_item()]
        while self.accept("op", ","):
            cols.append(self.select_item())
        self.expect("kw", "FROM")
        q = Query(cols, self.expect("name").value)
        if self.accept("kw", "WHERE"):
            q.where = self.expr()
        if self.accept("kw", "GROUP"):
            self.expect("kw", "BY")
            q.group_by.append(self.expect("name").value)
        if self.accept("kw", "ORDER"):
            self.expect("kw", "BY")
            while True:
                name = self.expect("name").value
                desc = bool(self.accept("kw", "DESC"))
                if not desc:
                    self.accept("kw", "ASC")
                q.order_by.append((name, desc))
                if not self.accept("op", ","):
                    break
        if self.accept("kw", "LIMIT"):
            q.limit = self.expect("num").value
        self.expect("eof")
        return q

    def select_item(self):
        if self.accept("op", "*"):
            return ("star",)
        for fn in ("COUNT", "SUM", "MAX", "MIN"):
            if self.accept("kw", fn):
                self.expect("op", "(")
                arg = "*" if self.accept("op", "*") else self.expect("name").value
                self.expect("op", ")")
                return ("agg", fn, arg)
        e = self.expr()
        alias = self.expect("name").value if self.accept("kw", "AS") else None
        return ("expr", e, alias)

    def expr(self):
        left = self.conj()
        while self.accept("kw", "OR"):
            left = ("or", left, self.conj())
        return left

    def conj(self):
        left = self.neg()
        while self.accept("kw", "AND"):
            left = ("and", left, self.neg())
        return left

    def neg(self):
        if self.accept("kw", "NOT"):
            return ("not", self.neg())
        return self.comparison()

    def comparison(self):
        left = self.additive()
        t = self.tok
        if t.kind == "op" and t.value in ("=", "<", ">", "<=", ">=", "<>", "!="):
            self.i += 1
            return ("cmp", t.value, left, self.additive())
        return left

    def additive(self):
        left = self.term()
        while self.tok.kind == "op" and self.tok.value in "+-":
            op = self.tok.value
            self.i += 1
            left = ("bin", op, left, self.term())
        return left

    def term(self):
        left = self.atom()
        while self.tok.kind == "op" and self.tok.value in ("*", "/"):
            op = self.tok.value
            self.i += 1
            left = ("bin", op, left, self.atom())
        return left

    def atom(self):
        if t := self.accept("num"):
            return ("lit", t.value)
        if t := self.accept("str"):
            return ("lit", t.value)
        if t := self.accept("name"):
            return ("col", t.value)
        if self.accept("op", "("):
            e = self.expr()
            self.expect("op", ")")
            return e
        raise SQLError(f"unexpected {self.tok.value!r} at {self.tok.pos}")


OPS = {
    "=": lambda a, b: a == b, "<>": lambda a, b: a != b, "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b, ">": lambda a, b: a > b, "<=": lambda a, b: a <= b, ">=": lambda a, b: a >= b,
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
}


def evaluate(node, row):
    kind = node[0]
    if kind == "lit":
        return node[1]
    if kind == "col":
        try:
            return row[node[1]]
        except KeyError:
            raise SQLError(f"no such column: {node[1]}") from None
    if kind in ("cmp", "bin"):
        return OPS[node[1]](evaluate(node[2], row), evaluate(node[3], row))
    if kind == "and":
        return evaluate(node[1], row) and evaluate(node[2], row)
    if kind == "or":
        return evaluate(node[1], row) or evaluate(node[2], row)
    if kind == "not":
        return not evaluate(node[1], row)
    raise SQLError(f"bad node {kind}")


def run(sql, tables):
    q = Parser(tokenize(sql)).query()
    rows = [r for r in tables[q.table] if q.where is None or evaluate(q.where, r)]
    if q.group_by or any(c[0] == "agg" for c in q.columns):
        key = q.group_by[0] if q.group_by else None
        groups = {}
        for r in rows:
            groups.setdefault(r[key] if key else None, []).append(r)
        out = []
        for k, members in groups.items():
            rec = {key: k} if key else {}
            for c in q.columns:
                if c[0] == "agg":
                    _, fn, arg = c
                    vals = [m[arg] for m in members] if arg != "*" else members
                    name = f"{fn.lower()}({arg})"
                    rec[name] = len(vals) if fn == "COUNT" else {"SUM": sum, "MAX": max, "MIN": min}[fn](vals)
            out.append(rec)
        rows = out
    else:
        projected = []
        for r in rows:
            rec = {}
            for c in q.columns:
                if c[0] == "star":
                    rec.update(r)
                else:
                    name = c[2] or (c[1][1] if c[1][0] == "col" else "expr")
                    rec[name] = evaluate(c[1], r)
            projected.append(rec)
        rows = projected
    for name, desc in reversed(q.order_by):
        rows.sort(key=lambda r: r[name], reverse=desc)
    return rows[:q.limit] if q.limit >= 0 else rows


def main():
    people = [
        {"name": "ann", "age": 31, "city": "oslo", "salary": 5200.0},
        {"name": "bob", "age": 25, "city": "rome", "salary": 3100.5},
        {"name": "cid", "age": 42, "city": "oslo", "salary": 7300.0},
        {"name": "dee", "age": 25, "city": "lima", "salary": 2900.0},
        {"name": "eve", "age": 37, "city": "rome", "salary": 6100.25},
        {"name": "o'neil", "age": 58, "city": "lima", "salary": 4000.0},
    ]
    tables = {"people": people}
    queries = [
        "SELECT name, age FROM people WHERE age > 30 ORDER BY age DESC",
        "SELECT * FROM people WHERE city = 'rome' AND NOT salary < 4000",
        "SELECT name, salary * 12 AS yearly FROM people ORDER BY yearly LIMIT 3",
        "SELECT city, COUNT(*), MAX(age) FROM people GROUP BY city ORDER BY city",
        "SELECT SUM(salary), MIN(age) FROM people WHERE age >= 25 OR city = 'x'",
        "SELECT name FROM people WHERE name = 'o''neil' OR (age - 5) * 2 = 40",
        "SELECT name, age FROM people ORDER BY age, name DESC",
        "SELECT name FROM people WHERE height > 3",
        "SELECT name FROM people WHERE age >",
        "SELECT name people",
        "SELECT name FROM people WHERE age ? 3",
    ]
    for sql in queries:
        print(sql)
        try:
            for row in run(sql, tables):
                print("   ", ", ".join(f"{k}={v}" for k, v in row.items()))
        except SQLError as exc:
            print("    error:", exc)
    print(tokenize("SELECT a FROM t")[:2])


if __name__ == "__main__":
    main()
