"""A parser for a TOML subset: tables, arrays of tables, strings, numbers, arrays, inline tables."""

DOC = '''
# Project configuration
title = "TOML \\"subset\\" example"
version = 3
ratio = 0.75
enabled = true
big = 1_000_000
hex = 0xff
neg = -17
exp = 6.02e23

[owner]
name = "Tom Preston-Werner"
aliases = ["tom", 'mojombo', "t\\u00e9st"]

[database]
ports = [ 8000, 8001, 8002 ]
data = [ ["gamma", "delta"], [1, 2] ]
limits = { max = 100, min = -1, name = "lim" }

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[servers.beta]
ip = "10.0.0.2"
role = "backend"

[[products]]
name = "Hammer"
sku = 738594937

[[products]]

[[products]]
name = "Nail"
sku = 284758393
color = "gray"
'''


class TOMLDecodeError(ValueError):
    def __init__(self, msg, line):
        super().__init__(f"{msg} (at line {line})")
        self.line = line


class Parser:
    def __init__(self, src):
        self.src = src
        self.pos = 0
        self.line = 1

    def error(self, msg):
        return TOMLDecodeError(msg, self.line)

    def peek(self):
        return self.src[self.pos] if self.pos < len(self.src) else ""

    def advance(self, n=1):
        for _ in range(n):
            if self.peek() == "\n":
                self.line += 1
            self.pos += 1

    def skip_ws(self, newlines=False):
        while True:
            ch = self.peek()
            if ch in (" ", "\t") or (newlines and ch == "\n"):
                self.advance()
            elif ch == "#":
                while self.peek() not in ("\n", ""):
                    self.advance()
            else:
                return

    def expect(self, ch):
        if self.peek() != ch:
            raise self.error(f"expected {ch!r}, found {self.peek()!r}")
        self.advance()

    def key(self):
        parts = []
        while True:
            self.skip_ws()
            start = self.pos
            while self.peek().isalnum() or self.peek() in "_-":
                self.advance()
            if start == self.pos:
                raise self.error("empty key")
            parts.append(self.src[start:self.pos])
            self.skip_ws()
            if self.peek() != ".":
                return parts
            self.advance()

    def string(self):
        quote = self.peek()
        self.advance()
        out = []
        while True:
            ch = self.peek()
            if ch == "":
                raise self.error("unterminated string")
            self.advance()
            if ch == quote:
                return "".join(out)
            if ch == "\\" and quote == '"':
                esc = self.peek()
                self.advance()
                if esc == "u":
                    code = self.src[self.pos:self.pos + 4]
                    self.advance(4)
                    out.append(chr(int(code, 16)))
                else:
                    out.append({"n": "\n", "t": "\t", '"': '"', "\\": "\\"}[esc])
            else:
                out.append(ch)

    def number(self):
        start = self.pos
        while self.peek() and self.peek() in "+-0123456789_.eExabcdefABCDEF":
            self.advance()
        text = self.src[start:self.pos].replace("_", "")
        if text.startswith("0x"):
            return int(text, 16)
        if any(c in text for c in ".eE"):
            return float(text)
        return int(text)

    def value(self):
        self.skip_ws()
        ch = self.peek()
        if ch in "\"'":
            return self.string()
        if ch == "[":
            self.advance()
            items = []
            while True:
                self.skip_ws(newlines=True)
                if self.peek() == "]":
                    self.advance()
                    return items
                items.append(self.value())
                self.skip_ws(newlines=True)
                if self.peek() == ",":
                    self.advance()
        if ch == "{":
            self.advance()
            table = {}
            while True:
                self.skip_ws()
                if self.peek() == "}":
                    self.advance()
                    return table
                k = self.key()
                self.expect("=")
                table[".".join(k)] = self.value()
                self.skip_ws()
                if self.peek() == ",":
                    self.advance()
        for word, val in (("true", True), ("false", False)):
            if self.src.startswith(word, self.pos):
                self.advance(len(word))
                return val
        if ch.isdigit() or ch in "+-":
            return self.number()
        raise self.error(f"unexpected {ch!r}")

    def parse(self):
        root = {}
        current = root
        while True:
            self.skip_ws(newlines=True)
            if not self.peek():
                return root
            if self.peek() == "[":
                self.advance()
                is_array = self.peek() == "["
                if is_array:
                    self.advance()
                path = self.key()
                self.expect("]")
                if is_array:
                    self.expect("]")
                current = root
                for part in path[:-1]:
                    current = current.setdefault(part, {})
                if is_array:
                    arr = current.setdefault(path[-1], [])
                    arr.append({})
                    current = arr[-1]
                else:
                    current = current.setdefault(path[-1], {})
                continue
            path = self.key()
            self.expect("=")
            target = current
            for part in path[:-1]:
                target = target.setdefault(part, {})
            if path[-1] in target:
                raise self.error(f"duplicate key {path[-1]!r}")
            target[path[-1]] = self.value()


def loads(text):
    return Parser(text).parse()


def show(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)) and v and all(isinstance(x, dict) for x in (v if isinstance(v, list) else [v])):
                print(f"{pad}{k}:")
                show(v, indent + 1)
            else:
                print(f"{pad}{k} = {v!r} ({type(v).__name__})")
    else:
        for i, item in enumerate(obj):
            print(f"{pad}- #{i}")
            show(item, indent + 1)


def main():
    doc = loads(DOC)
    show(doc)
    print(sorted(doc))
    print(doc["servers"]["beta"]["role"], doc["database"]["limits"]["max"] + 1)
    print(sum(doc["database"]["ports"]), len(doc["products"]))
    for bad in ['a = 1\na = 2', 'x = "open', 'y = @', '[t\nk = 1']:
        try:
            loads(bad)
        except TOMLDecodeError as exc:
            print("error:", exc, exc.line)


if __name__ == "__main__":
    main()
