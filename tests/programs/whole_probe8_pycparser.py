"""A pycparser-like C front end: a regex lexer in the style of c_lexer (token
rules from a table, keywords looked up after matching an identifier), a
recursive-descent parser building c_ast-style nodes (each class lists its
__slots__ and children()), and a NodeVisitor dispatching on visit_<ClassName>."""
import re

KEYWORDS = ("int", "char", "void", "return", "if", "else", "while", "for", "struct", "unsigned", "long")
KEYWORD_MAP = {k: k.upper() for k in KEYWORDS}

TOKEN_RULES = [
    ("FLOAT_CONST", r"\d+\.\d*"),
    ("HEX_CONST", r"0[xX][0-9a-fA-F]+"),
    ("INT_CONST", r"\d+"),
    ("CHAR_CONST", r"'([^'\\\n]|\\.)'"),
    ("STRING_LITERAL", r'"([^"\\\n]|\\.)*"'),
    ("ID", r"[a-zA-Z_][0-9a-zA-Z_]*"),
    ("COMMENT", r"/\*(.|\n)*?\*/"),
    ("OP", r"<<=|>>=|<<|>>|\^=|\+\+|--|->|<=|>=|==|!=|&&|\|\||\+=|-=|\*=|/=|[-+*/%<>=!&|^~?:;,.(){}\[\]]"),
    ("NEWLINE", r"\n"),
    ("WS", r"[ \t]+"),
]
MASTER = re.compile("|".join("(?P<%s>%s)" % pair for pair in TOKEN_RULES))


class Token:
    __slots__ = ("type", "value", "lineno")

    def __init__(self, type, value, lineno):
        self.type = type
        self.value = value
        self.lineno = lineno

    def __repr__(self):
        return "LexToken(%s,%r,%d)" % (self.type, self.value, self.lineno)


class CLexer:
    def __init__(self, error_func):
        self.error_func = error_func
        self.lineno = 1

    def tokenize(self, text):
        pos = 0
        tokens = []
        while pos < len(text):
            m = MASTER.match(text, pos)
            if m is None:
                self.error_func("Illegal character %r" % text[pos], self.lineno)
                pos += 1
                continue
            kind = m.lastgroup
            value = m.group(kind)
            if kind == "NEWLINE":
                self.lineno += 1
            elif kind == "COMMENT":
                self.lineno += value.count("\n")
            elif kind != "WS":
                if kind == "ID":
                    kind = KEYWORD_MAP.get(value, "ID")
                tokens.append(Token(kind, value, self.lineno))
            pos = m.end()
        tokens.append(Token("EOF", "", self.lineno))
        return tokens


class Node:
    __slots__ = ()

    def children(self):
        return ()

    def show(self, buf, offset=0):
        lead = " " * offset
        attrs = [getattr(self, n) for n in self.attr_names]
        buf.append(lead + self.__class__.__name__ + ": " + ", ".join(str(a) for a in attrs))
        for name, child in self.children():
            child.show(buf, offset + 2)


class FileAST(Node):
    __slots__ = ("ext",)
    attr_names = ()

    def __init__(self, ext):
        self.ext = ext

    def children(self):
        return tuple(("ext[%d]" % i, c) for i, c in enumerate(self.ext))


class FuncDef(Node):
    __slots__ = ("name", "rettype", "params", "body")
    attr_names = ("name", "rettype")

    def __init__(self, name, rettype, params, body):
        self.name, self.rettype, self.params, self.body = name, rettype, params, body

    def children(self):
        nodes = [("params[%d]" % i, p) for i, p in enumerate(self.params)]
        nodes.append(("body", self.body))
        return tuple(nodes)


class Decl(Node):
    __slots__ = ("name", "type", "init")
    attr_names = ("name", "type")

    def __init__(self, name, type, init):
        self.name, self.type, self.init = name, type, init

    def children(self):
        return (("init", self.init),) if self.init is not None else ()


class Compound(Node):
    __slots__ = ("block_items",)
    attr_names = ()

    def __init__(self, block_items):
        self.block_items = block_items

    def children(self):
        return tuple(("block_items[%d]" % i, c) for i, c in enumerate(self.block_items))


class If(Node):
    __slots__ = ("cond", "iftrue", "iffalse")
    attr_names = ()

    def __init__(self, cond, iftrue, iffalse):
        self.cond, self.iftrue, self.iffalse = cond, iftrue, iffalse

    def children(self):
        nodes = [("cond", self.cond), ("iftrue", self.iftrue)]
        if self.iffalse is not None:
            nodes.append(("iffalse", self.iffalse))
        return tuple(nodes)


class While(Node):
    __slots__ = ("cond", "stmt")
    attr_names = ()

    def __init__(self, cond, stmt):
        self.cond, self.stmt = cond, stmt

    def children(self):
        return (("cond", self.cond), ("stmt", self.stmt))


class Return(Node):
    __slots__ = ("expr",)
    attr_names = ()

    def __init__(self, expr):
        self.expr = expr

    def children(self):
        return (("expr", self.expr),) if self.expr is not None else ()


class BinaryOp(Node):
    __slots__ = ("op", "left", "right")
    attr_names = ("op",)

    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def children(self):
        return (("left", self.left), ("right", self.right))


class Assignment(BinaryOp):
    __slots__ = ()


class UnaryOp(Node):
    __slots__ = ("op", "expr")
    attr_names = ("op",)

    def __init__(self, op, expr):
        self.op, self.expr = op, expr

    def children(self):
        return (("expr", self.expr),)


class FuncCall(Node):
    __slots__ = ("name", "args")
    attr_names = ()

    def __init__(self, name, args):
        self.name, self.args = name, args

    def children(self):
        return (("name", self.name),) + tuple(("args[%d]" % i, a) for i, a in enumerate(self.args))


class Constant(Node):
    __slots__ = ("type", "value")
    attr_names = ("type", "value")

    def __init__(self, type, value):
        self.type, self.value = type, value


class ID(Node):
    __slots__ = ("name",)
    attr_names = ("name",)

    def __init__(self, name):
        self.name = name


class ParseError(Exception):
    pass


BINARY_PRECEDENCE = [("||",), ("&&",), ("|",), ("^",), ("&",), ("==", "!="), ("<", ">", "<=", ">="),
                     ("<<", ">>"), ("+", "-"), ("*", "/", "%")]
TYPE_KEYWORDS = {"INT", "CHAR", "VOID", "UNSIGNED", "LONG"}


class CParser:
    def __init__(self):
        self.errors = []

    def _lex_error(self, msg, line):
        self.errors.append("%d: %s" % (line, msg))

    def parse(self, text):
        self.tokens = CLexer(self._lex_error).tokenize(text)
        self.pos = 0
        ext = []
        while self.peek().type != "EOF":
            ext.append(self.external_declaration())
        return FileAST(ext)

    def peek(self, ahead=0):
        return self.tokens[min(self.pos + ahead, len(self.tokens) - 1)]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def expect(self, value):
        tok = self.advance()
        if tok.value != value:
            raise ParseError("line %d: before: %s (expected %r)" % (tok.lineno, tok.value, value))
        return tok

    def type_spec(self):
        parts = []
        while self.peek().type in TYPE_KEYWORDS:
            parts.append(self.advance().value)
        while self.peek().value == "*":
            self.advance()
            parts.append("*")
        if not parts:
            tok = self.peek()
            raise ParseError("line %d: before: %s (expected a type)" % (tok.lineno, tok.value))
        return " ".join(parts)

    def external_declaration(self):
        rettype = self.type_spec()
        name = self.advance().value
        if self.peek().value == "(":
            self.advance()
            params = []
            while self.peek().value != ")":
                ptype = self.type_spec()
                params.append(Decl(self.advance().value, ptype, None))
                if self.peek().value == ",":
                    self.advance()
            self.expect(")")
            return FuncDef(name, rettype, params, self.compound())
        init = None
        if self.peek().value == "=":
            self.advance()
            init = self.expression()
        self.expect(";")
        return Decl(name, rettype, init)

    def compound(self):
        self.expect("{")
        items = []
        while self.peek().value != "}":
            items.append(self.statement())
        self.expect("}")
        return Compound(items)

    def statement(self):
        tok = self.peek()
        if tok.value == "{":
            return self.compound()
        if tok.type in TYPE_KEYWORDS:
            dtype = self.type_spec()
            name = self.advance().value
            init = None
            if self.peek().value == "=":
                self.advance()
                init = self.expression()
            self.expect(";")
            return Decl(name, dtype, init)
        if tok.type == "IF":
            self.advance()
            self.expect("(")
            cond = self.expression()
            self.expect(")")
            iftrue = self.statement()
            iffalse = None
            if self.peek().type == "ELSE":
                self.advance()
                iffalse = self.statement()
            return If(cond, iftrue, iffalse)
        if tok.type == "WHILE":
            self.advance()
            self.expect("(")
            cond = self.expression()
            self.expect(")")
            return While(cond, self.statement())
        if tok.type == "RETURN":
            self.advance()
            expr = None if self.peek().value == ";" else self.expression()
            self.expect(";")
            return Return(expr)
        expr = self.expression()
        self.expect(";")
        return expr

    def expression(self):
        left = self.binary(0)
        if self.peek().value in ("=", "+=", "-=", "*=", "/=", "^=", "<<="):
            op = self.advance().value
            return Assignment(op, left, self.expression())
        return left

    def binary(self, level):
        if level == len(BINARY_PRECEDENCE):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek().value in BINARY_PRECEDENCE[level]:
            op = self.advance().value
            left = BinaryOp(op, left, self.binary(level + 1))
        return left

    def unary(self):
        tok = self.peek()
        if tok.value in ("-", "!", "~", "*", "&", "++", "--"):
            self.advance()
            return UnaryOp(tok.value, self.unary())
        return self.postfix()

    def postfix(self):
        expr = self.primary()
        while True:
            tok = self.peek()
            if tok.value == "(":
                self.advance()
                args = []
                while self.peek().value != ")":
                    args.append(self.expression())
                    if self.peek().value == ",":
                        self.advance()
                self.expect(")")
                expr = FuncCall(expr, args)
            elif tok.value in ("++", "--"):
                self.advance()
                expr = UnaryOp("p" + tok.value, expr)
            else:
                return expr

    def primary(self):
        tok = self.advance()
        if tok.type == "ID":
            return ID(tok.value)
        if tok.type == "INT_CONST":
            return Constant("int", tok.value)
        if tok.type == "HEX_CONST":
            return Constant("int", tok.value)
        if tok.type == "CHAR_CONST":
            return Constant("char", tok.value)
        if tok.type == "STRING_LITERAL":
            return Constant("string", tok.value)
        if tok.value == "(":
            expr = self.expression()
            self.expect(")")
            return expr
        raise ParseError("line %d: before: %s" % (tok.lineno, tok.value))


class NodeVisitor:
    def visit(self, node):
        method = "visit_" + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for _, child in node.children():
            self.visit(child)


class FuncCallCounter(NodeVisitor):
    def __init__(self):
        self.calls = {}
        self.ids = 0

    def visit_FuncCall(self, node):
        name = node.name.name
        self.calls[name] = self.calls.get(name, 0) + 1
        self.generic_visit(node)

    def visit_ID(self, node):
        self.ids += 1


class ConstantFolder(NodeVisitor):
    """Evaluates constant integer expressions bottom-up, counting the folds."""

    def __init__(self):
        self.folded = []

    def visit_BinaryOp(self, node):
        self.generic_visit(node)
        left, right = node.left, node.right
        if isinstance(left, Constant) and isinstance(right, Constant) and left.type == right.type == "int":
            a, b = int(left.value, 0), int(right.value, 0)
            ops = {"+": a + b, "-": a - b, "*": a * b, "<<": a << b, "|": a | b, "&": a & b}
            if node.op in ops:
                self.folded.append((node.op, a, b, ops[node.op]))


SOURCE = r"""
/* a small C translation unit */
int counter = 0x10 + 2 * 3;
char *greeting = "hello, \"world\"";

int fib(int n) {
    if (n < 2) return n;
    return fib(n - 1) + fib(n - 2);
}

unsigned long mix(unsigned long h, int c) {
    h = (h << 5) + h + c;
    h ^= 1 << 3;
    return h & 0xffff;
}

int main(int argc, char **argv) {
    int i = 0;
    int total = 4 * 8 - 2;
    while (i < 10) {
        total += fib(i) * mix(total, 'a');
        if (total > 1000 && !(i == 3)) { total = total % 997; } else total--;
        i++;
    }
    printf("%d\n", total);
    return total | 1;
}
"""


def main():
    parser = CParser()
    ast = None
    for _ in range(60):
        ast = parser.parse(SOURCE)
    buf = []
    ast.show(buf)
    print("\n".join(buf))
    counter = FuncCallCounter()
    counter.visit(ast)
    print("calls:", sorted(counter.calls.items()), "ids:", counter.ids)
    folder = ConstantFolder()
    folder.visit(ast)
    print("folds:", folder.folded)
    print("lex errors:", parser.errors)
    try:
        CParser().parse("int f() { return (1 + ; }")
    except ParseError as e:
        print("ParseError:", e)
    tokens = CLexer(lambda m, l: None).tokenize("x->y++ <<= 0x1F; 'c' @")
    print(tokens)


if __name__ == "__main__":
    main()
