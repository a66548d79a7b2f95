"""A sqlglot-style optimizer (after pyperformance's bm_sqlglot "optimize"
variant): parse SELECTs into an Expression tree whose nodes keep an `args`
dict, then run rules in sqlglot's order -- qualify_columns against a schema,
simplify (constant folding, boolean absorption, double negation), normalize
to conjunctive normal form, and pushdown_predicates into the joined
sources -- and generate SQL text again."""
import itertools
import re


class OptimizeError(Exception):
    pass


class Expression:
    arg_types = {}

    def __init__(self, **args):
        self.args = args
        self.parent = None
        for v in args.values():
            for child in (v if isinstance(v, list) else [v]):
                if isinstance(child, Expression):
                    child.parent = self

    @property
    def key(self):
        return self.__class__.__name__.lower()

    def __eq__(self, other):
        return type(self) is type(other) and self.args == other.args

    def __hash__(self):
        return hash((self.__class__.__name__, tuple(sorted((k, _hashable(v)) for k, v in self.args.items()))))

    def walk(self):
        yield self
        for v in self.args.values():
            for child in (v if isinstance(v, list) else [v]):
                if isinstance(child, Expression):
                    yield from child.walk()

    def find_all(self, kind):
        return [node for node in self.walk() if isinstance(node, kind)]

    def transform(self, fun):
        """Bottom-up rewrite: each node's children first, then fun(node)."""
        new_args = {}
        for k, v in self.args.items():
            if isinstance(v, list):
                new_args[k] = [c.transform(fun) if isinstance(c, Expression) else c for c in v]
            elif isinstance(v, Expression):
                new_args[k] = v.transform(fun)
            else:
                new_args[k] = v
        return fun(self.__class__(**new_args))

    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, ", ".join("%s=%r" % kv for kv in sorted(self.args.items())))


def _hashable(v):
    return tuple(v) if isinstance(v, list) else v


class Column(Expression):
    pass


class Literal(Expression):
    pass


class Boolean(Expression):
    pass


class Not(Expression):
    pass


class Binary(Expression):
    op = "?"


class And(Binary):
    op = "AND"


class Or(Binary):
    op = "OR"


class EQ(Binary):
    op = "="


class GT(Binary):
    op = ">"


class LT(Binary):
    op = "<"


class Add(Binary):
    op = "+"


class Mul(Binary):
    op = "*"


class Join(Expression):
    pass


class Select(Expression):
    pass


BINARIES = {"AND": And, "OR": Or, "=": EQ, ">": GT, "<": LT, "+": Add, "*": Mul}
PRECEDENCE = [("OR",), ("AND",), ("=", ">", "<"), ("+",), ("*",)]
TOKEN_RE = re.compile(r"\s*(?:(\d+)|'([^']*)'|([A-Za-z_][A-Za-z_0-9]*(?:\.[A-Za-z_][A-Za-z_0-9]*)?)|(.))")
KEYWORDS = {"SELECT", "FROM", "JOIN", "ON", "WHERE", "AND", "OR", "NOT", "TRUE", "FALSE"}


def tokenize(sql):
    tokens = []
    for number, string, word, op in TOKEN_RE.findall(sql):
        if number:
            tokens.append(("NUMBER", number))
        elif string or op == "'":
            tokens.append(("STRING", string))
        elif word:
            tokens.append(("KEYWORD", word.upper()) if word.upper() in KEYWORDS else ("NAME", word))
        elif op.strip():
            tokens.append(("OP", op))
    return tokens


class Parser:
    def __init__(self, sql):
        self.tokens = tokenize(sql)
        self.i = 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else ("EOF", "")

    def match(self, value):
        if self.peek()[1] == value:
            self.i += 1
            return True
        return False

    def expect(self, value):
        if not self.match(value):
            raise OptimizeError("Expected %s, got %r" % (value, self.peek()[1]))

    def parse_select(self):
        self.expect("SELECT")
        projections = [self.parse_expr(0)]
        while self.match(","):
            projections.append(self.parse_expr(0))
        self.expect("FROM")
        source = self.tokens[self.i][1]
        self.i += 1
        joins = []
        while self.match("JOIN"):
            table = self.tokens[self.i][1]
            self.i += 1
            self.expect("ON")
            joins.append(Join(this=table, on=self.parse_expr(0)))
        where = self.parse_expr(0) if self.match("WHERE") else None
        return Select(expressions=projections, source=source, joins=joins, where=where)

    def parse_expr(self, level):
        if level == len(PRECEDENCE):
            return self.parse_unary()
        left = self.parse_expr(level + 1)
        while self.peek()[1] in PRECEDENCE[level]:
            op = self.tokens[self.i][1]
            self.i += 1
            left = BINARIES[op](this=left, expression=self.parse_expr(level + 1))
        return left

    def parse_unary(self):
        kind, value = self.peek()
        self.i += 1
        if value == "NOT":
            return Not(this=self.parse_unary())
        if value == "(":
            inner = self.parse_expr(0)
            self.expect(")")
            return inner
        if value in ("TRUE", "FALSE"):
            return Boolean(this=value == "TRUE")
        if kind == "NUMBER":
            return Literal(this=int(value), is_string=False)
        if kind == "STRING":
            return Literal(this=value, is_string=True)
        if kind == "NAME":
            table, _, name = value.rpartition(".")
            return Column(this=name, table=table)
        raise OptimizeError("Unexpected token %r" % value)


def sql(e):
    if isinstance(e, Select):
        out = "SELECT " + ", ".join(sql(p) for p in e.args["expressions"]) + " FROM " + e.args["source"]
        for j in e.args["joins"]:
            out += " JOIN %s ON %s" % (j.args["this"], sql(j.args["on"]))
        if e.args.get("where") is not None:
            out += " WHERE " + sql(e.args["where"])
        return out
    if isinstance(e, Column):
        return (e.args["table"] + "." if e.args["table"] else "") + e.args["this"]
    if isinstance(e, Literal):
        return "'%s'" % e.args["this"] if e.args["is_string"] else str(e.args["this"])
    if isinstance(e, Boolean):
        return "TRUE" if e.args["this"] else "FALSE"
    if isinstance(e, Not):
        return "NOT " + sql(e.args["this"])
    if isinstance(e, Binary):
        def side(x):
            return "(%s)" % sql(x) if isinstance(x, (And, Or)) and type(x) is not type(e) else sql(x)
        return "%s %s %s" % (side(e.args["this"]), e.op, side(e.args["expression"]))
    raise OptimizeError("cannot generate %r" % e)


# ------------------------------------------------------------------ rules

def qualify_columns(expression, schema):
    select = expression
    tables = [select.args["source"]] + [j.args["this"] for j in select.args["joins"]]
    for t in tables:
        if t not in schema:
            raise OptimizeError("Unknown table: %s" % t)

    def qualify(node):
        if isinstance(node, Column) and not node.args["table"]:
            owners = [t for t in tables if node.args["this"] in schema[t]]
            if not owners:
                raise OptimizeError("Unknown column: %s" % node.args["this"])
            if len(owners) > 1:
                raise OptimizeError("Ambiguous column: %s (%s)" % (node.args["this"], ", ".join(owners)))
            return Column(this=node.args["this"], table=owners[0])
        return node

    return select.transform(qualify)


def flatten(node, kind):
    if isinstance(node, kind):
        return flatten(node.args["this"], kind) + flatten(node.args["expression"], kind)
    return [node]


def combine(operands, kind):
    result = operands[0]
    for operand in operands[1:]:
        result = kind(this=result, expression=operand)
    return result


def is_bool(node, value):
    return isinstance(node, Boolean) and node.args["this"] is value


def simplify_node(node):
    if isinstance(node, Not):
        inner = node.args["this"]
        if isinstance(inner, Not):
            return inner.args["this"]
        if isinstance(inner, Boolean):
            return Boolean(this=not inner.args["this"])
        return node
    if isinstance(node, (Add, Mul, EQ, GT, LT)):
        a, b = node.args["this"], node.args["expression"]
        if isinstance(a, Literal) and isinstance(b, Literal) and not a.args["is_string"] and not b.args["is_string"]:
            x, y = a.args["this"], b.args["this"]
            if isinstance(node, Add):
                return Literal(this=x + y, is_string=False)
            if isinstance(node, Mul):
                return Literal(this=x * y, is_string=False)
            return Boolean(this={"=": x == y, ">": x > y, "<": x < y}[node.op])
        if isinstance(node, EQ) and a == b:
            return Boolean(this=True)
        return node
    if isinstance(node, (And, Or)):
        kind = type(node)
        absorbing, neutral = (False, True) if kind is And else (True, False)
        operands = []
        for operand in flatten(node, kind):
            if is_bool(operand, absorbing):
                return Boolean(this=absorbing)
            if is_bool(operand, neutral) or operand in operands:
                continue
            operands.append(operand)
        # absorption: a AND (a OR b) -> a, a OR (a AND b) -> a
        other = Or if kind is And else And
        kept = [o for o in operands
                if not (isinstance(o, other) and any(x in operands for x in flatten(o, other)))]
        if not kept:
            return Boolean(this=neutral)
        return combine(kept, kind)
    return node


def simplify(expression):
    previous = None
    while previous != expression:
        previous = expression
        expression = expression.transform(simplify_node)
    return expression


def distribute(node):
    """(a AND b) OR c -> (a OR c) AND (b OR c)"""
    if isinstance(node, Or):
        left, right = node.args["this"], node.args["expression"]
        if isinstance(right, And):
            return And(this=distribute(Or(this=left, expression=right.args["this"])),
                       expression=distribute(Or(this=left, expression=right.args["expression"])))
        if isinstance(left, And):
            return And(this=distribute(Or(this=left.args["this"], expression=right)),
                       expression=distribute(Or(this=left.args["expression"], expression=right)))
    return node


def normalized(node):
    return not any(isinstance(o, And) for o in node.find_all(Or) for o in flatten(o, Or))


def normalize(expression, max_distance=128):
    where = expression.args.get("where")
    if where is None or normalized(where):
        return expression
    cnf = where
    for _ in range(max_distance):
        cnf = cnf.transform(distribute)
        if normalized(cnf):
            break
    conjuncts = sorted(set(flatten(simplify(cnf), And)), key=sql)
    args = dict(expression.args)
    args["where"] = combine(conjuncts, And)
    return Select(**args)


def tables_of(node):
    return sorted({c.args["table"] for c in node.find_all(Column)})


def pushdown_predicates(expression):
    where = expression.args.get("where")
    if where is None:
        return expression
    joins = {j.args["this"]: j for j in expression.args["joins"]}
    pushed = {name: [] for name in joins}
    remaining = []
    for conjunct in flatten(where, And):
        tables = tables_of(conjunct)
        if len(tables) == 1 and tables[0] in joins:
            pushed[tables[0]].append(conjunct)
        else:
            remaining.append(conjunct)
    new_joins = []
    for j in expression.args["joins"]:
        conditions = flatten(j.args["on"], And) + pushed[j.args["this"]]
        new_joins.append(Join(this=j.args["this"], on=combine(conditions, And)))
    args = dict(expression.args)
    args["joins"] = new_joins
    args["where"] = combine(remaining, And) if remaining else None
    return Select(**args)


RULES = (qualify_columns, simplify, normalize, pushdown_predicates)


def optimize(sql_text, schema):
    expression = Parser(sql_text).parse_select()
    for rule in RULES:
        if rule is qualify_columns:
            expression = rule(expression, schema)
        else:
            expression = rule(expression)
    return expression


SCHEMA = {
    "orders": {"id": "INT", "customer_id": "INT", "total": "INT", "status": "TEXT"},
    "customers": {"cid": "INT", "name": "TEXT", "region": "TEXT"},
    "items": {"order_id": "INT", "sku": "TEXT", "qty": "INT"},
}

QUERIES = [
    "SELECT id, name FROM orders JOIN customers ON customer_id = cid WHERE region = 'EU' AND total > 10 * 10",
    "SELECT id FROM orders WHERE NOT NOT (status = 'open') AND (1 = 1 OR total > 5)",
    "SELECT sku, qty FROM orders JOIN items ON id = order_id WHERE (qty > 2 AND sku = 'A') OR (total < 3 AND qty > 9)",
    "SELECT name FROM customers WHERE (region = 'EU' OR region = 'US') AND (region = 'EU' OR name = 'x') AND TRUE",
    "SELECT id FROM orders JOIN customers ON customer_id = cid JOIN items ON order_id = id "
    "WHERE qty > 1 + 2 AND name = 'bob' AND (total > 100 OR status = 'vip') AND cid = cid",
    "SELECT id FROM orders WHERE total > 5 AND (total > 5 OR status = 'x') AND FALSE OR status = 'y'",
]


def main():
    results = []
    for _ in range(40):
        results = [sql(optimize(q, SCHEMA)) for q in QUERIES]
    for q, r in zip(QUERIES, results):
        print(r)
    tree = optimize(QUERIES[4], SCHEMA)
    print(len(list(tree.walk())), sorted({n.key for n in tree.walk()}))
    print(tables_of(tree.args["where"]), [tables_of(j.args["on"]) for j in tree.args["joins"]])
    print(Parser("SELECT a FROM t WHERE x = 1").parse_select().args["where"])
    for bad in ["SELECT zzz FROM orders", "SELECT id FROM nowhere", "SELECT id FROM orders JOIN items ON id = order_id JOIN orders ON id = id",
                "SELECT FROM orders"]:
        try:
            optimize(bad, SCHEMA)
        except OptimizeError as e:
            print("OptimizeError:", e)
    print(Column(this="a", table="t") == Column(this="a", table="t"), len({Column(this="a", table="t"), Column(this="a", table="t")}))
    print(list(itertools.islice((sql(n) for n in tree.find_all(Binary)), 4)))


if __name__ == "__main__":
    main()
