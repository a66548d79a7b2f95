"""A tiny expression language: tokenizer, recursive-descent parser building
an AST of node classes chosen from a factory table, a binary search tree of
variables with Optional children, an evaluator dispatching on isinstance,
and a report built with f(**fields), lazy maps and accumulate."""
from itertools import accumulate


class Lexer:
    class Error(Exception):
        code = 65

    class Token:
        def __init__(self, kind, text):
            self.kind = kind
            self.text = text

    def __init__(self, source):
        self.source = source

    def tokens(self):
        out = TokenList()
        i = 0
        src = self.source
        while i < len(src):
            ch = src[i]
            if ch.isspace():
                i += 1
            elif ch.isdigit():
                j = i
                while j < len(src) and src[j].isdigit():
                    j += 1
                out.append(Lexer.Token("num", src[i:j]))
                i = j
            elif ch.isalpha():
                j = i
                while j < len(src) and src[j].isalnum():
                    j += 1
                out.append(Lexer.Token("name", src[i:j]))
                i = j
            elif ch in "+-*/()=":
                out.append(Lexer.Token("op", ch))
                i += 1
            else:
                raise Lexer.Error(f"unexpected {ch!r} at {i}")
        return out


class TokenList(list):
    def peek(self, pos):
        return self[pos].text if pos < len(self) else None


class Num:
    def __init__(self, value):
        self.value = int(value)


class Var:
    def __init__(self, name):
        self.name = name


class BinOp:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


LEAVES = {"num": Num, "name": Var}
OPS = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a // b}


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def expr(self):
        node = self.term()
        while self.tokens.peek(self.pos) in ("+", "-"):
            op = self.tokens[self.pos].text
            self.pos += 1
            node = BinOp(op, node, self.term())
        return node

    def term(self):
        node = self.atom()
        while self.tokens.peek(self.pos) in ("*", "/"):
            op = self.tokens[self.pos].text
            self.pos += 1
            node = BinOp(op, node, self.atom())
        return node

    def atom(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        if tok.text == "(":
            node = self.expr()
            self.pos += 1
            return node
        return LEAVES[tok.kind](tok.text)


class Scope:
    def __init__(self, name, value, left=None, right=None):
        self.name = name
        self.value = value
        self.left = left
        self.right = right


def bind(scope, name, value):
    if scope is None:
        return Scope(name, value)
    if name < scope.name:
        scope.left = bind(scope.left, name, value)
    elif name > scope.name:
        scope.right = bind(scope.right, name, value)
    else:
        scope.value = value
    return scope


def lookup(scope, name):
    while scope is not None:
        if name == scope.name:
            return scope.value
        scope = scope.left if name < scope.name else scope.right
    raise KeyError(name)


def evaluate(node, scope):
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Var):
        return lookup(scope, node.name)
    if isinstance(node, BinOp):
        return OPS[node.op](evaluate(node.left, scope), evaluate(node.right, scope))
    raise TypeError("bad node")


def report(name, value, width=8, fill="."):
    return f"{name:{fill}<{width}}{value:>6}"


def main():
    program = ["x = 4", "y = x * 3 + 2", "z = (y - x) / 2", "w = z * z - y", "bad = 2 $ 3", "q = nope + 1"]
    scope = None
    results = []
    for line in program:
        name, _, source = line.partition("=")
        name = name.strip()
        try:
            tree = Parser(Lexer(source).tokens()).expr()
            value = evaluate(tree, scope)
        except Lexer.Error as e:
            print(f"{name}: lexer error {e.code}: {e}")
            continue
        except KeyError as e:
            print(f"{name}: unknown variable {e}")
            continue
        scope = bind(scope, name, value)
        results.append({"name": name, "value": value})
    for fields in results:
        print(report(**fields), report(**fields, width=4, fill="-"))
    values = map(lambda r: r["value"], results)
    print("running:", list(accumulate(values, lambda a, b: a + b)))
    print("max so far:", list(accumulate((r["value"] for r in results), max)))
    print("lookups:", [lookup(scope, n) for n in ("w", "x", "y", "z")])


if __name__ == "__main__":
    main()
