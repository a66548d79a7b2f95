import re

# A tokenizer built from one master pattern: an alternation of named groups,
# as the re documentation's "Writing a Tokenizer" example; then a
# precedence-climbing evaluator over the tokens.
TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][-+]?\d+)?"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("POW", r"\*\*"),
    ("OP", r"[-+*/%(),=]"),
    ("SKIP", r"[ \t]+"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join("(?P<%s>%s)" % pair for pair in TOKEN_SPEC))

PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "%": 2, "**": 3}


class Token:
    def __init__(self, kind, text, column):
        self.kind = kind
        self.text = text
        self.column = column

    def __repr__(self):
        return "%s(%r)@%d" % (self.kind, self.text, self.column)


class CalcError(Exception):
    pass


def tokenize(line):
    tokens = []
    for m in MASTER.finditer(line):
        kind = m.lastgroup
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise CalcError("unexpected %r at column %d" % (m.group(), m.start()))
        if kind == "POW":
            kind = "OP"
        tokens.append(Token(kind, m.group(kind if kind != "OP" else 0), m.start()))
    return tokens


class Parser:
    def __init__(self, tokens, env):
        self.tokens = tokens
        self.pos = 0
        self.env = env

    def peek(self):
        if self.pos < len(self.tokens):
            return self.tokens[self.pos].text
        return ""

    def take(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def atom(self):
        if self.pos >= len(self.tokens):
            raise CalcError("unexpected end")
        tok = self.take()
        if tok.text == "(":
            value = self.expr(1)
            if self.peek() != ")":
                raise CalcError("missing )")
            self.take()
            return value
        if tok.text == "-":
            return -self.atom()
        if tok.kind == "NUMBER":
            if re.fullmatch(r"\d+", tok.text):
                return int(tok.text)
            return float(tok.text)
        if tok.kind == "NAME":
            if tok.text not in self.env:
                raise CalcError("unknown name %s" % tok.text)
            return self.env[tok.text]
        raise CalcError("unexpected %s" % tok.text)

    def expr(self, min_prec):
        left = self.atom()
        while PRECEDENCE.get(self.peek(), 0) >= min_prec:
            op = self.take().text
            prec = PRECEDENCE[op]
            right = self.expr(prec if op == "**" else prec + 1)
            if op == "+":
                left = left + right
            elif op == "-":
                left = left - right
            elif op == "*":
                left = left * right
            elif op == "/":
                left = left / right
            elif op == "%":
                left = left % right
            else:
                left = left ** right
        return left


def run(lines):
    env = {"pi": 3.14159}
    for line in lines:
        try:
            tokens = tokenize(line)
            assign = re.match(r"\s*([A-Za-z_]\w*)\s*=(?!=)", line)
            if assign:
                p = Parser(tokens[2:], env)
                env[assign.group(1)] = p.expr(1)
                print("%s = %r" % (assign.group(1), env[assign.group(1)]))
            else:
                print(line.strip(), "=>", Parser(tokens, env).expr(1))
        except CalcError as e:
            print(line.strip(), "!!", e)
        except ZeroDivisionError as e:
            print(line.strip(), "!! division by zero")


def main():
    print(tokenize("x1 = 3.5e2 + foo_bar**2"))
    print([(m.lastgroup, m.group()) for m in MASTER.finditer("a+1") if m.lastgroup != "SKIP"])
    print(MASTER.groupindex["NAME"], MASTER.groups)
    run([
        "1 + 2 * 3",
        "(1 + 2) * 3",
        "2 ** 3 ** 2",
        "x = 10",
        "y = x * 2.5",
        "x + y - 1",
        "-x % 7",
        "r = 2",
        "pi * r ** 2",
        "10 / 4",
        "7 / (3 - 3)",
        "3 $ 4",
        "z + 1",
        "(1 + 2",
        "1e3 + 2.5E-1",
    ])
    lines = ["%d * %d + %d" % (i, i + 1, i * 7) for i in range(200)]
    total = 0
    for line in lines:
        total += Parser(tokenize(line), {}).expr(1)
    print("total", total, "tokens", sum(len(tokenize(line)) for line in lines))


if __name__ == "__main__":
    main()
