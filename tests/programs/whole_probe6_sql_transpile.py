"""A sqlglot-flavoured SQL tokenizer, recursive-descent parser and dialect
transpiler: tokens as a TokenType enum, an Expression tree with args dicts,
generators per dialect with TRANSFORMS tables of lambdas.
"""
import copy
from enum import Enum, auto


class TokenType(Enum):
    L_PAREN = auto()
    R_PAREN = auto()
    COMMA = auto()
    DOT = auto()
    STAR = auto()
    PLUS = auto()
    DASH = auto()
    SLASH = auto()
    EQ = auto()
    NEQ = auto()
    LT = auto()
    GT = auto()
    LTE = auto()
    GTE = auto()
    NUMBER = auto()
    STRING = auto()
    IDENTIFIER = auto()
    VAR = auto()
    SELECT = auto()
    FROM = auto()
    WHERE = auto()
    AND = auto()
    OR = auto()
    NOT = auto()
    AS = auto()
    ORDER_BY = auto()
    GROUP_BY = auto()
    LIMIT = auto()
    ASC = auto()
    DESC = auto()
    NULL = auto()
    IS = auto()
    JOIN = auto()
    ON = auto()


class Token:
    __slots__ = ("token_type", "text", "line", "col")

    def __init__(self, token_type, text, line=1, col=1):
        self.token_type = token_type
        self.text = text
        self.line = line
        self.col = col

    def __repr__(self):
        return f"<Token {self.token_type.name} {self.text!r} {self.line}:{self.col}>"


KEYWORDS = {
    "SELECT": TokenType.SELECT, "FROM": TokenType.FROM, "WHERE": TokenType.WHERE,
    "AND": TokenType.AND, "OR": TokenType.OR, "NOT": TokenType.NOT, "AS": TokenType.AS,
    "ORDER BY": TokenType.ORDER_BY, "GROUP BY": TokenType.GROUP_BY, "LIMIT": TokenType.LIMIT,
    "ASC": TokenType.ASC, "DESC": TokenType.DESC, "NULL": TokenType.NULL, "IS": TokenType.IS,
    "JOIN": TokenType.JOIN, "ON": TokenType.ON,
}
SINGLE = {"(": TokenType.L_PAREN, ")": TokenType.R_PAREN, ",": TokenType.COMMA, ".": TokenType.DOT,
          "*": TokenType.STAR, "+": TokenType.PLUS, "-": TokenType.DASH, "/": TokenType.SLASH,
          "=": TokenType.EQ, "<": TokenType.LT, ">": TokenType.GT}
DOUBLE = {"<=": TokenType.LTE, ">=": TokenType.GTE, "<>": TokenType.NEQ, "!=": TokenType.NEQ}


class ParseError(ValueError):
    pass


class Tokenizer:
    def tokenize(self, sql):
        tokens = []
        i, line, col = 0, 1, 1
        size = len(sql)
        while i < size:
            ch = sql[i]
            if ch == "\n":
                line, col, i = line + 1, 1, i + 1
                continue
            if ch.isspace():
                i, col = i + 1, col + 1
                continue
            start_col = col
            if sql[i:i + 2] in DOUBLE:
                tokens.append(Token(DOUBLE[sql[i:i + 2]], sql[i:i + 2], line, start_col))
                i, col = i + 2, col + 2
            elif ch in SINGLE:
                tokens.append(Token(SINGLE[ch], ch, line, start_col))
                i, col = i + 1, col + 1
            elif ch.isdigit():
                j = i
                while j < size and (sql[j].isdigit() or sql[j] == "."):
                    j += 1
                tokens.append(Token(TokenType.NUMBER, sql[i:j], line, start_col))
                col += j - i
                i = j
            elif ch == "'":
                j = i + 1
                buf = []
                while True:
                    if j >= size:
                        raise ParseError(f"Missing ' from {line}:{start_col}")
                    if sql[j] == "'" and sql[j + 1:j + 2] == "'":
                        buf.append("'")
                        j += 2
                    elif sql[j] == "'":
                        break
                    else:
                        buf.append(sql[j])
                        j += 1
                tokens.append(Token(TokenType.STRING, "".join(buf), line, start_col))
                col += j + 1 - i
                i = j + 1
            elif ch == '"':
                j = sql.index('"', i + 1)
                tokens.append(Token(TokenType.IDENTIFIER, sql[i + 1:j], line, start_col))
                col += j + 1 - i
                i = j + 1
            elif ch.isalpha() or ch == "_":
                j = i
                while j < size and (sql[j].isalnum() or sql[j] == "_"):
                    j += 1
                word = sql[i:j]
                upper = word.upper()
                if upper in ("ORDER", "GROUP"):
                    k = j
                    while k < size and sql[k].isspace():
                        k += 1
                    if sql[k:k + 2].upper() == "BY":
                        upper, j = upper + " BY", k + 2
                        word = sql[i:j]
                tokens.append(Token(KEYWORDS.get(upper, TokenType.VAR), word, line, start_col))
                col += j - i
                i = j
            else:
                raise ParseError(f"Unexpected character {ch!r} at {line}:{col}")
        return tokens


class Expression:
    arg_types = {}

    def __init__(self, **args):
        self.args = args
        for v in args.values():
            for child in (v if isinstance(v, list) else [v]):
                if isinstance(child, Expression):
                    child.parent = self
        self.parent = None if not hasattr(self, "parent") else self.parent

    @property
    def key(self):
        return self.__class__.__name__.lower()

    def walk(self):
        yield self
        for v in self.args.values():
            for child in (v if isinstance(v, list) else [v]):
                if isinstance(child, Expression):
                    yield from child.walk()

    def find_all(self, kind):
        return [n for n in self.walk() if isinstance(n, kind)]

    def transform(self, fn):
        new_args = {}
        for k, v in self.args.items():
            if isinstance(v, list):
                new_args[k] = [c.transform(fn) if isinstance(c, Expression) else c for c in v]
            elif isinstance(v, Expression):
                new_args[k] = v.transform(fn)
            else:
                new_args[k] = v
        node = copy.copy(self)
        node.args = new_args
        return fn(node)

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in self.args.items() if v is not None and v != [])
        return f"{type(self).__name__}({inner})"


class Select(Expression): pass
class Column(Expression): pass
class Literal(Expression): pass
class Star(Expression): pass
class Alias(Expression): pass
class Func(Expression): pass
class Binary(Expression): pass
class Not(Expression): pass
class Null(Expression): pass
class Ordered(Expression): pass
class Join(Expression): pass
class Paren(Expression): pass


PRECEDENCE = [(TokenType.OR,), (TokenType.AND,),
              (TokenType.EQ, TokenType.NEQ, TokenType.LT, TokenType.GT, TokenType.LTE, TokenType.GTE, TokenType.IS),
              (TokenType.PLUS, TokenType.DASH), (TokenType.STAR, TokenType.SLASH)]


class Parser:
    def parse(self, tokens):
        self.tokens = tokens
        self.index = 0
        expr = self._parse_select()
        if self.index < len(tokens):
            self.raise_error("Invalid expression / Unexpected token")
        return expr

    @property
    def curr(self):
        return self.tokens[self.index] if self.index < len(self.tokens) else None

    def raise_error(self, message):
        tok = self.curr or self.tokens[-1]
        raise ParseError(f"{message}. Line {tok.line}, Col: {tok.col}. near {tok.text!r}")

    def _match(self, *types):
        if self.curr is not None and self.curr.token_type in types:
            self.index += 1
            return self.tokens[self.index - 1]
        return None

    def _expect(self, token_type):
        tok = self._match(token_type)
        if tok is None:
            self.raise_error(f"Expected {token_type.name}")
        return tok

    def _parse_csv(self, fn):
        items = [fn()]
        while self._match(TokenType.COMMA):
            items.append(fn())
        return items

    def _parse_select(self):
        self._expect(TokenType.SELECT)
        projections = self._parse_csv(self._parse_projection)
        args = {"expressions": projections, "from": None, "joins": [], "where": None,
                "group": [], "order": [], "limit": None}
        if self._match(TokenType.FROM):
            args["from"] = self._parse_table()
            while self._match(TokenType.JOIN):
                table = self._parse_table()
                self._expect(TokenType.ON)
                args["joins"].append(Join(this=table, on=self._parse_expr(0)))
        if self._match(TokenType.WHERE):
            args["where"] = self._parse_expr(0)
        if self._match(TokenType.GROUP_BY):
            args["group"] = self._parse_csv(lambda: self._parse_expr(0))
        if self._match(TokenType.ORDER_BY):
            args["order"] = self._parse_csv(self._parse_ordered)
        if self._match(TokenType.LIMIT):
            args["limit"] = Literal(this=self._expect(TokenType.NUMBER).text, is_string=False)
        return Select(**args)

    def _parse_table(self):
        name = self._match(TokenType.VAR, TokenType.IDENTIFIER)
        if name is None:
            self.raise_error("Expected table name")
        table = Column(this=name.text, table=None)
        alias = self._match(TokenType.VAR)
        return Alias(this=table, alias=alias.text) if alias else table

    def _parse_ordered(self):
        this = self._parse_expr(0)
        desc = bool(self._match(TokenType.DESC))
        if not desc:
            self._match(TokenType.ASC)
        return Ordered(this=this, desc=desc)

    def _parse_projection(self):
        expr = self._parse_expr(0)
        if self._match(TokenType.AS):
            return Alias(this=expr, alias=self._expect(TokenType.VAR).text)
        return expr

    def _parse_expr(self, level):
        if level == len(PRECEDENCE):
            return self._parse_unary()
        left = self._parse_expr(level + 1)
        while True:
            tok = self._match(*PRECEDENCE[level])
            if tok is None:
                return left
            if tok.token_type is TokenType.IS:
                negate = bool(self._match(TokenType.NOT))
                self._expect(TokenType.NULL)
                left = Binary(op="IS NOT" if negate else "IS", this=left, expression=Null())
                continue
            right = self._parse_expr(level + 1)
            left = Binary(op=tok.text.upper(), this=left, expression=right)

    def _parse_unary(self):
        if self._match(TokenType.NOT):
            return Not(this=self._parse_unary())
        if self._match(TokenType.DASH):
            return Binary(op="-", this=Literal(this="0", is_string=False), expression=self._parse_unary())
        return self._parse_primary()

    def _parse_primary(self):
        tok = self.curr
        if tok is None:
            self.raise_error("Unexpected end of input")
        if self._match(TokenType.NUMBER):
            return Literal(this=tok.text, is_string=False)
        if self._match(TokenType.STRING):
            return Literal(this=tok.text, is_string=True)
        if self._match(TokenType.NULL):
            return Null()
        if self._match(TokenType.STAR):
            return Star()
        if self._match(TokenType.L_PAREN):
            inner = self._parse_expr(0)
            self._expect(TokenType.R_PAREN)
            return Paren(this=inner)
        if self._match(TokenType.VAR, TokenType.IDENTIFIER):
            if self._match(TokenType.L_PAREN):
                args = [] if self.curr and self.curr.token_type is TokenType.R_PAREN else self._parse_csv(lambda: self._parse_expr(0))
                self._expect(TokenType.R_PAREN)
                return Func(this=tok.text.upper(), expressions=args)
            if self._match(TokenType.DOT):
                col = self._expect(TokenType.VAR)
                return Column(this=col.text, table=tok.text)
            return Column(this=tok.text, table=None)
        self.raise_error("Expected expression")


class Generator:
    QUOTE = '"'
    TRANSFORMS = {}
    FUNCTIONS = {}

    def generate(self, e):
        handler = self.TRANSFORMS.get(type(e))
        if handler:
            return handler(self, e)
        return getattr(self, f"{e.key}_sql")(e)

    def sql(self, e):
        return "" if e is None else self.generate(e)

    def select_sql(self, e):
        parts = ["SELECT " + ", ".join(self.sql(x) for x in e.args["expressions"])]
        if e.args["from"] is not None:
            parts.append("FROM " + self.sql(e.args["from"]))
        parts += [f"JOIN {self.sql(j.args['this'])} ON {self.sql(j.args['on'])}" for j in e.args["joins"]]
        if e.args["where"] is not None:
            parts.append("WHERE " + self.sql(e.args["where"]))
        if e.args["group"]:
            parts.append("GROUP BY " + ", ".join(map(self.sql, e.args["group"])))
        if e.args["order"]:
            parts.append("ORDER BY " + ", ".join(map(self.sql, e.args["order"])))
        if e.args["limit"] is not None:
            parts.append(self.limit_sql(e.args["limit"]))
        return " ".join(parts)

    def limit_sql(self, lit):
        return f"LIMIT {self.sql(lit)}"

    def column_sql(self, e):
        name = e.args["this"]
        quoted = name if name.isidentifier() else f"{self.QUOTE}{name}{self.QUOTE}"
        return f"{e.args['table']}.{quoted}" if e.args["table"] else quoted

    def literal_sql(self, e):
        v = e.args["this"]
        return "'" + v.replace("'", "''") + "'" if e.args["is_string"] else v

    def star_sql(self, e):
        return "*"

    def null_sql(self, e):
        return "NULL"

    def alias_sql(self, e):
        return f"{self.sql(e.args['this'])} AS {e.args['alias']}"

    def func_sql(self, e):
        name = self.FUNCTIONS.get(e.args["this"], e.args["this"])
        return f"{name}({', '.join(self.sql(a) for a in e.args['expressions'])})"

    def binary_sql(self, e):
        return f"{self.sql(e.args['this'])} {e.args['op']} {self.sql(e.args['expression'])}"

    def not_sql(self, e):
        return f"NOT {self.sql(e.args['this'])}"

    def paren_sql(self, e):
        return f"({self.sql(e.args['this'])})"

    def ordered_sql(self, e):
        return self.sql(e.args["this"]) + (" DESC" if e.args["desc"] else "")


class Postgres(Generator):
    FUNCTIONS = {"LEN": "LENGTH", "IFNULL": "COALESCE"}


class TSQL(Generator):
    QUOTE = "["
    FUNCTIONS = {"LENGTH": "LEN", "COALESCE": "ISNULL", "NOW": "GETDATE"}

    def column_sql(self, e):
        name = e.args["this"]
        quoted = name if name.isidentifier() else f"[{name}]"
        return f"{e.args['table']}.{quoted}" if e.args["table"] else quoted

    def select_sql(self, e):
        limit = e.args["limit"]
        e.args["limit"] = None
        try:
            text = super().select_sql(e)
        finally:
            e.args["limit"] = limit
        return text.replace("SELECT ", f"SELECT TOP {self.sql(limit)} ", 1) if limit is not None else text


class Spark(Generator):
    QUOTE = "`"
    TRANSFORMS = {Not: lambda self, e: f"!({self.sql(e.args['this'])})",
                  Null: lambda self, e: "null"}


DIALECTS = {"postgres": Postgres, "tsql": TSQL, "spark": Spark}


def transpile(sql, write):
    tree = Parser().parse(Tokenizer().tokenize(sql))
    return DIALECTS[write]().generate(tree)


def qualify_columns(tree, table):
    def fn(node):
        if isinstance(node, Column) and node.args["table"] is None and isinstance(node.parent, (Binary, Func, Ordered, Select)):
            return Column(this=node.args["this"], table=table)
        return node
    return tree.transform(fn)


QUERIES = [
    "SELECT a, b AS total, LEN(name) FROM users WHERE a > 1 AND NOT b IS NULL ORDER BY a DESC, b LIMIT 10",
    "select count(*) as n, \"first name\" from people p join orders o on p.id = o.pid group by \"first name\"",
    "SELECT COALESCE(x, 0) + 2 * (y - 1) FROM t WHERE name = 'O''Brien' OR z <> 3",
    "SELECT NOW(), -x FROM dual WHERE x IS NOT NULL LIMIT 5",
]


def main():
    for q in QUERIES:
        tokens = Tokenizer().tokenize(q)
        print(len(tokens), tokens[0], tokens[-1])
        tree = Parser().parse(tokens)
        print(" ", repr(tree)[:110])
        for name in DIALECTS:
            print(f"  {name:<8}", transpile(q, name))
        cols = sorted({c.args["this"] for c in tree.find_all(Column)})
        print("  columns:", cols, "funcs:", [f.args["this"] for f in tree.find_all(Func)])
    tree = Parser().parse(Tokenizer().tokenize("SELECT a, LEN(b) FROM t WHERE c > 1 ORDER BY d"))
    print(Postgres().generate(qualify_columns(tree, "t")))
    for bad in ["SELECT a FROM", "SELECT (a + 1 FROM t", "SELECT 'open", "SELECT a ; b", "SELECT a b c"]:
        try:
            transpile(bad, "postgres")
        except ParseError as e:
            print("ParseError:", e)


if __name__ == "__main__":
    main()
