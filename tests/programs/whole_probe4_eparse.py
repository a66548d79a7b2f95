"""An expression parser and evaluator (in the spirit of PyPy's eparse benchmark):
a regex tokenizer, a precedence-climbing parser building node objects, and
visitors dispatched by node class name."""
import re

TOKEN_RE = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|//|[-+*/%(),^<>=!]=?|\?|:))")


class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__("%s at %d" % (message, pos))
        self.pos = pos


class Token:
    __slots__ = ("kind", "value", "pos")

    def __init__(self, kind, value, pos):
        self.kind = kind
        self.value = value
        self.pos = pos

    def __repr__(self):
        return "Token(%s, %r)" % (self.kind, self.value)


def tokenize(text):
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        m = TOKEN_RE.match(text, pos)
        if not m or m.end() == pos:
            raise ParseError("bad character %r" % text[pos], pos)
        kind = m.lastgroup
        yield Token(kind, m.group(kind), m.start(kind))
        pos = m.end()
    yield Token("end", None, pos)


class Node:
    _fields = ()

    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self._fields)

    def __repr__(self):
        fields = ", ".join("%s=%r" % (f, getattr(self, f)) for f in self._fields)
        return "%s(%s)" % (type(self).__name__, fields)


class Num(Node):
    _fields = ("value",)

    def __init__(self, value):
        self.value = value


class Var(Node):
    _fields = ("name",)

    def __init__(self, name):
        self.name = name


class BinOp(Node):
    _fields = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right


class Neg(Node):
    _fields = ("operand",)

    def __init__(self, operand):
        self.operand = operand


class Call(Node):
    _fields = ("func", "args")

    def __init__(self, func, args):
        self.func = func
        self.args = args


class Cond(Node):
    _fields = ("test", "then", "orelse")

    def __init__(self, test, then, orelse):
        self.test = test
        self.then = then
        self.orelse = orelse


BINARY = {
    "<": (1, "left"), ">": (1, "left"), "<=": (1, "left"), ">=": (1, "left"), "==": (1, "left"), "!=": (1, "left"),
    "+": (2, "left"), "-": (2, "left"),
    "*": (3, "left"), "/": (3, "left"), "//": (3, "left"), "%": (3, "left"),
    "**": (5, "right"), "^": (5, "right"),
}


class Parser:
    def __init__(self, text):
        self.tokens = list(tokenize(text))
        self.i = 0

    @property
    def tok(self):
        return self.tokens[self.i]

    def advance(self):
        t = self.tokens[self.i]
        self.i += 1
        return t

    def expect(self, value):
        if self.tok.value != value:
            raise ParseError("expected %r, got %r" % (value, self.tok.value), self.tok.pos)
        return self.advance()

    def parse(self):
        node = self.conditional()
        if self.tok.kind != "end":
            raise ParseError("unexpected %r" % self.tok.value, self.tok.pos)
        return node

    def conditional(self):
        test = self.binary(1)
        if self.tok.value == "?":
            self.advance()
            then = self.conditional()
            self.expect(":")
            return Cond(test, then, self.conditional())
        return test

    def binary(self, min_prec):
        left = self.unary()
        while self.tok.kind == "op" and self.tok.value in BINARY:
            prec, assoc = BINARY[self.tok.value]
            if prec < min_prec:
                break
            op = self.advance().value
            right = self.binary(prec + 1 if assoc == "left" else prec)
            left = BinOp("**" if op == "^" else op, left, right)
        return left

    def unary(self):
        if self.tok.value == "-":
            self.advance()
            return Neg(self.unary())
        if self.tok.value == "+":
            self.advance()
            return self.unary()
        return self.primary()

    def primary(self):
        t = self.advance()
        if t.kind == "num":
            return Num(float(t.value) if "." in t.value else int(t.value))
        if t.kind == "name":
            if self.tok.value == "(":
                self.advance()
                args = []
                if self.tok.value != ")":
                    args.append(self.conditional())
                    while self.tok.value == ",":
                        self.advance()
                        args.append(self.conditional())
                self.expect(")")
                return Call(t.value, args)
            return Var(t.value)
        if t.value == "(":
            node = self.conditional()
            self.expect(")")
            return node
        raise ParseError("unexpected %r" % t.value, t.pos)


class Visitor:
    def visit(self, node):
        method = getattr(self, "visit_" + type(node).__name__, self.generic_visit)
        return method(node)

    def generic_visit(self, node):
        raise TypeError("no visitor for %s" % type(node).__name__)


FUNCS = {"max": max, "min": min}


class Evaluator(Visitor):
    def __init__(self, env):
        self.env = env

    def visit_Num(self, node):
        return node.value

    def visit_Var(self, node):
        try:
            return self.env[node.name]
        except KeyError:
            raise NameError("name %r is not defined" % node.name) from None

    def visit_Neg(self, node):
        return -self.visit(node.operand)

    def visit_BinOp(self, node):
        a = self.visit(node.left)
        b = self.visit(node.right)
        op = node.op
        if op == "+": return a + b
        if op == "-": return a - b
        if op == "*": return a * b
        if op == "/": return a / b
        if op == "//": return a // b
        if op == "%": return a % b
        if op == "**": return a ** b
        if op == "<": return int(a < b)
        if op == ">": return int(a > b)
        if op == "<=": return int(a <= b)
        if op == ">=": return int(a >= b)
        if op == "==": return int(a == b)
        return int(a != b)

    def visit_Call(self, node):
        args = [self.visit(a) for a in node.args]
        if node.func == "abs":
            return abs(args[0])
        return FUNCS[node.func](args)

    def visit_Cond(self, node):
        return self.visit(node.then) if self.visit(node.test) else self.visit(node.orelse)


class Printer(Visitor):
    def visit_Num(self, node):
        return str(node.value)

    def visit_Var(self, node):
        return node.name

    def visit_Neg(self, node):
        return "(-%s)" % self.visit(node.operand)

    def visit_BinOp(self, node):
        return "(%s %s %s)" % (self.visit(node.left), node.op, self.visit(node.right))

    def visit_Call(self, node):
        return "%s(%s)" % (node.func, ", ".join(self.visit(a) for a in node.args))

    def visit_Cond(self, node):
        return "(%s ? %s : %s)" % (self.visit(node.test), self.visit(node.then), self.visit(node.orelse))


def count_nodes(node):
    if isinstance(node, (Num, Var)):
        return 1
    if isinstance(node, Neg):
        return 1 + count_nodes(node.operand)
    if isinstance(node, BinOp):
        return 1 + count_nodes(node.left) + count_nodes(node.right)
    if isinstance(node, Call):
        return 1 + sum(count_nodes(a) for a in node.args)
    return 1 + count_nodes(node.test) + count_nodes(node.then) + count_nodes(node.orelse)


EXPRESSIONS = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "2 ^ 10 - 1",
    "-x + y * -(z - 1)",
    "max(x, y, 3) + min(4, abs(-5))",
    "x > y ? x - y : y - x",
    "17 // 5 + 17 % 5 + 1.5",
    "a <= 3 == 1",
    "n * (n + 1) // 2",
]


def main():
    env = {"x": 7, "y": 3, "z": 10, "a": 2, "n": 100}
    ev = Evaluator(env)
    pr = Printer()
    for src in EXPRESSIONS:
        tree = Parser(src).parse()
        print("%-32s => %-40s = %r" % (src, pr.visit(tree), ev.visit(tree)))
    print(Parser("1 + f(2, x)").parse())
    print(Parser("(1+2)").parse() == Parser(" 1 + 2 ").parse(), Num(1) == Var("x"))
    total = 0
    nodes = 0
    for i in range(300):
        src = "(%d + x * %d - y // %d) * (z %% %d + 1)" % (i, i % 7 + 1, i % 5 + 1, i % 3 + 2)
        tree = Parser(src).parse()
        nodes += count_nodes(tree)
        total += ev.visit(tree)
    print("total:", total, "nodes:", nodes)
    for bad in ["1 +", "2 * (3", "4 $ 5", "max(1,", "q + 1"]:
        try:
            print(ev.visit(Parser(bad).parse()))
        except ParseError as e:
            print("ParseError:", e, e.pos)
        except NameError as e:
            print("NameError:", e)
    print(list(tokenize("a**b // 3")))


if __name__ == "__main__":
    main()
