"""Tokenizer + recursive-descent parser + tree-walking evaluator for a tiny language."""


class Token:
    def __init__(self, kind, value, pos):
        self.kind = kind
        self.value = value
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind}, {self.value!r})"


class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__(f"{message} at position {pos}")
        self.pos = pos


OPERATORS = "+-*/%^(),="


def tokenize(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            start = i
            while i < n and (text[i].isdigit() or text[i] == "."):
                i += 1
            raw = text[start:i]
            if raw.count(".") > 1:
                raise ParseError("bad number " + raw, start)
            tokens.append(Token("num", float(raw) if "." in raw else int(raw), start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < n and (text[i].isalnum() or text[i] == "_"):
                i += 1
            tokens.append(Token("name", text[start:i], start))
        elif ch in OPERATORS:
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r}", i)
    tokens.append(Token("eof", None, n))
    return tokens


class Node:
    def evaluate(self, env):
        raise NotImplementedError(type(self).__name__)


class Num(Node):
    def __init__(self, value):
        self.value = value

    def evaluate(self, env):
        return self.value

    def __repr__(self):
        return f"Num({self.value})"


class Var(Node):
    def __init__(self, name):
        self.name = name

    def evaluate(self, env):
        if self.name not in env:
            raise NameError(f"undefined variable {self.name}")
        return env[self.name]

    def __repr__(self):
        return f"Var({self.name})"


class BinOp(Node):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def evaluate(self, env):
        a = self.left.evaluate(env)
        b = self.right.evaluate(env)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        if self.op == "/":
            return a / b
        if self.op == "%":
            return a % b
        if self.op == "^":
            return a ** b
        raise ValueError(self.op)

    def __repr__(self):
        return f"BinOp({self.op!r}, {self.left!r}, {self.right!r})"


class Neg(Node):
    def __init__(self, operand):
        self.operand = operand

    def evaluate(self, env):
        return -self.operand.evaluate(env)

    def __repr__(self):
        return f"Neg({self.operand!r})"


class Call(Node):
    def __init__(self, name, args):
        self.name = name
        self.args = args

    def evaluate(self, env):
        values = [a.evaluate(env) for a in self.args]
        if self.name == "max":
            return max(values)
        if self.name == "min":
            return min(values)
        if self.name == "abs":
            return abs(values[0])
        if self.name == "sum":
            return sum(values)
        raise NameError(f"unknown function {self.name}")

    def __repr__(self):
        return f"Call({self.name}, {self.args!r})"


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, value):
        tok = self.advance()
        if tok.value != value:
            raise ParseError(f"expected {value!r} got {tok.value!r}", tok.pos)
        return tok

    def parse_statement(self):
        tok = self.peek()
        nxt = self.tokens[self.pos + 1]
        if tok.kind == "name" and nxt.value == "=":
            self.advance()
            self.advance()
            expr = self.parse_expr()
            return ("assign", tok.value, expr)
        return ("expr", None, self.parse_expr())

    def parse_expr(self):
        node = self.parse_term()
        while self.peek().value in ("+", "-"):
            op = self.advance().value
            node = BinOp(op, node, self.parse_term())
        return node

    def parse_term(self):
        node = self.parse_unary()
        while self.peek().value in ("*", "/", "%"):
            op = self.advance().value
            node = BinOp(op, node, self.parse_unary())
        return node

    def parse_unary(self):
        if self.peek().value == "-":
            self.advance()
            return Neg(self.parse_unary())
        return self.parse_power()

    def parse_power(self):
        base = self.parse_atom()
        if self.peek().value == "^":
            self.advance()
            return BinOp("^", base, self.parse_unary())
        return base

    def parse_atom(self):
        tok = self.advance()
        if tok.kind == "num":
            return Num(tok.value)
        if tok.kind == "name":
            if self.peek().value == "(":
                self.advance()
                args = []
                if self.peek().value != ")":
                    args.append(self.parse_expr())
                    while self.peek().value == ",":
                        self.advance()
                        args.append(self.parse_expr())
                self.expect(")")
                return Call(tok.value, args)
            return Var(tok.value)
        if tok.value == "(":
            node = self.parse_expr()
            self.expect(")")
            return node
        raise ParseError(f"unexpected token {tok.value!r}", tok.pos)


PROGRAM = """
x = 3
y = 4
x * x + y * y
z = (x + y) * 2 ^ 3
z % 7
-2 ^ 2
w = max(x, y, 10 / 4) + min(1, 2)
abs(-w) + sum(1, 2, 3, 4)
1.5 * 4
q = 2 ^ 10 ^ 0
unknown + 1
3 + * 4
7 / 0
(1 + 2
5 $ 3
"""


def run(source):
    env = {}
    for lineno, line in enumerate(source.strip().splitlines(), 1):
        try:
            tokens = tokenize(line)
            parser = Parser(tokens)
            kind, name, expr = parser.parse_statement()
            if parser.peek().kind != "eof":
                raise ParseError("trailing input", parser.peek().pos)
            value = expr.evaluate(env)
            if kind == "assign":
                env[name] = value
                print(f"{lineno:>2}: {name} = {value}")
            else:
                print(f"{lineno:>2}: {value}   # {expr!r}")
        except ParseError as e:
            print(f"{lineno:>2}: parse error: {e} (pos={e.pos})")
        except NameError as e:
            print(f"{lineno:>2}: name error: {e}")
        except ZeroDivisionError as e:
            print(f"{lineno:>2}: math error: {e}")
    print("env:", sorted(env.items()))


def stress():
    total = 0
    parts = []
    for i in range(1, 300):
        parts.append(f"({i} * {i % 7} + {i // 3}) % 11")
    expr_text = " + ".join(parts)
    tree = Parser(tokenize(expr_text)).parse_expr()
    for k in range(200):
        total += tree.evaluate({})
    print("stress total:", total)


def main():
    run(PROGRAM)
    stress()


if __name__ == "__main__":
    main()
