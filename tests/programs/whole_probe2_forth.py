"""A small Forth interpreter: words, stack ops, user definitions, conditionals and loops."""


class ForthError(Exception):
    pass


class StackUnderflow(ForthError):
    def __init__(self, word):
        super().__init__(f"stack underflow in {word!r}")
        self.word = word


class Forth:
    def __init__(self):
        self.stack = []
        self.out = []
        self.words = {}
        self.builtins = {
            "+": self._binop(lambda a, b: a + b),
            "-": self._binop(lambda a, b: a - b),
            "*": self._binop(lambda a, b: a * b),
            "/": self._div,
            "mod": self._binop(lambda a, b: a % b),
            "=": self._binop(lambda a, b: -1 if a == b else 0),
            "<": self._binop(lambda a, b: -1 if a < b else 0),
            ">": self._binop(lambda a, b: -1 if a > b else 0),
            "dup": self._dup,
            "drop": self._drop,
            "swap": self._swap,
            "over": self._over,
            "rot": self._rot,
            ".": self._dot,
            "emit": self._emit,
            "cr": self._cr,
        }

    def pop(self, word):
        if not self.stack:
            raise StackUnderflow(word)
        return self.stack.pop()

    def _binop(self, fn):
        def op(word):
            b = self.pop(word)
            a = self.pop(word)
            self.stack.append(fn(a, b))
        return op

    def _div(self, word):
        b = self.pop(word)
        a = self.pop(word)
        if b == 0:
            raise ForthError("division by zero")
        q = abs(a) // abs(b)
        self.stack.append(q if (a < 0) == (b < 0) else -q)

    def _dup(self, word):
        v = self.pop(word)
        self.stack.extend([v, v])

    def _drop(self, word):
        self.pop(word)

    def _swap(self, word):
        b = self.pop(word)
        a = self.pop(word)
        self.stack.extend([b, a])

    def _over(self, word):
        b = self.pop(word)
        a = self.pop(word)
        self.stack.extend([a, b, a])

    def _rot(self, word):
        c = self.pop(word)
        b = self.pop(word)
        a = self.pop(word)
        self.stack.extend([b, c, a])

    def _dot(self, word):
        self.out.append(str(self.pop(word)) + " ")

    def _emit(self, word):
        self.out.append(chr(self.pop(word)))

    def _cr(self, word):
        self.out.append("\n")

    def tokenize(self, text):
        tokens = []
        for line in text.splitlines():
            line = line.split("\\", 1)[0]
            tokens.extend(line.lower().split())
        return tokens

    def run(self, text):
        tokens = self.tokenize(text)
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok == ":":
                end = tokens.index(";", i)
                name = tokens[i + 1]
                if name.lstrip("-").isdigit():
                    raise ForthError(f"cannot redefine number {name}")
                body = []
                for t in tokens[i + 2:end]:
                    body.extend(self.words.get(t, [t]))
                self.words[name] = body
                i = end + 1
                continue
            self.execute([tok])
            i += 1

    def execute(self, body):
        pc = 0
        while pc < len(body):
            tok = body[pc]
            if tok in self.words:
                self.execute(self.words[tok])
            elif tok == "if":
                cond = self.pop("if")
                if not cond:
                    depth = 0
                    while True:
                        pc += 1
                        t = body[pc]
                        if t == "if":
                            depth += 1
                        elif t == "then" and depth == 0:
                            break
                        elif t == "else" and depth == 0:
                            break
                        elif t == "then":
                            depth -= 1
            elif tok == "else":
                depth = 0
                while True:
                    pc += 1
                    t = body[pc]
                    if t == "if":
                        depth += 1
                    elif t == "then":
                        if depth == 0:
                            break
                        depth -= 1
            elif tok == "then":
                pass
            elif tok == "begin":
                start = pc
                end = body.index("until", pc)
                while True:
                    self.execute(body[start + 1:end])
                    if self.pop("until"):
                        break
                pc = end
            elif tok in self.builtins:
                self.builtins[tok](tok)
            else:
                try:
                    self.stack.append(int(tok))
                except ValueError:
                    raise ForthError(f"unknown word {tok!r}") from None
            pc += 1


PROGRAMS = [
    "1 2 3 + + .",
    ": square dup * ; 7 square . 12 square .",
    ": fact dup 1 > if dup 1 - fact * then ; 10 fact . 20 fact .",
    ": countdown begin dup . 1 - dup 0 = until drop ; 5 countdown cr",
    "72 emit 105 emit 33 emit cr",
    ": sign dup 0 < if drop -1 else 0 > if 1 else 0 then then ; -5 sign . 0 sign . 9 sign .",
    "1 2 swap . . 1 2 over . . . 1 2 3 rot . . .",
    "-7 2 / . 7 -2 / . 7 2 mod .",
    ": fib over over + ; 0 1 fib fib fib fib fib fib fib . . . .",
    "1 +",
    "5 0 /",
    "foo",
    ": 5 6 ;",
    ": gcd begin dup rot rot mod dup 0 = until drop ; 1071 462 gcd .",
]


def main():
    for src in PROGRAMS:
        f = Forth()
        try:
            f.run(src)
            status = "ok"
        except StackUnderflow as e:
            status = f"underflow({e.word})"
        except ForthError as e:
            status = f"error: {e}"
        output = "".join(f.out).replace("\n", "\\n")
        print(f"{src[:40]:<42}=> {output:<30} stack={f.stack} {status}")
    f = Forth()
    f.run(": tri dup 1 > if dup 1 - tri + then ;")
    total = 0
    for n in range(1, 400):
        f.stack.append(n)
        f.execute(["tri"])
        total += f.stack.pop()
    print("sum of triangular numbers:", total, len(f.words["tri"]))


if __name__ == "__main__":
    main()
