"""Compile a tiny language to stack bytecode (IntEnum opcodes), peephole-optimise, disassemble and run it."""
from dataclasses import dataclass, field
from enum import IntEnum
import operator


class Op(IntEnum):
    CONST = 1
    LOAD = 2
    STORE = 3
    BINOP = 4
    JUMP = 5
    JUMP_IF_FALSE = 6
    PRINT = 7
    CALL = 8
    RET = 9
    POP = 10


BINOPS = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.floordiv,
          "%": operator.mod, "<": operator.lt, "==": operator.eq, ">": operator.gt}


@dataclass
class Instr:
    op: Op
    arg: object = None

    def __str__(self):
        return f"{self.op.name:<14}{'' if self.arg is None else repr(self.arg)}"


@dataclass
class Function:
    name: str
    params: list
    code: list = field(default_factory=list)


def tokenize(src):
    out = []
    for line in src.strip().splitlines():
        indent = len(line) - len(line.lstrip(" "))
        words = line.split()
        if words:
            out.append((indent, words))
    return out


class Compiler:
    def __init__(self):
        self.functions = {}

    def expr(self, words, code):
        # postfix-free: "a + b * 2" parsed with precedence climbing
        pos = 0
        prec = {"==": 1, "<": 1, ">": 1, "+": 2, "-": 2, "*": 3, "/": 3, "%": 3}

        def atom():
            nonlocal pos
            w = words[pos]
            pos += 1
            if w.lstrip("-").isdigit():
                code.append(Instr(Op.CONST, int(w)))
            elif pos < len(words) and words[pos] == "(":
                pos += 1
                nargs = 0
                while words[pos] != ")":
                    climb(0)
                    nargs += 1
                    if words[pos] == ",":
                        pos += 1
                pos += 1
                code.append(Instr(Op.CALL, (w, nargs)))
            else:
                code.append(Instr(Op.LOAD, w))

        def climb(min_prec):
            nonlocal pos
            atom()
            while pos < len(words) and words[pos] in prec and prec[words[pos]] >= min_prec:
                op = words[pos]
                pos += 1
                climb(prec[op] + 1)
                code.append(Instr(Op.BINOP, op))

        climb(0)

    def block(self, lines, i, indent, code):
        while i < len(lines) and lines[i][0] == indent:
            _, words = lines[i]
            match words:
                case ["def", name, *params]:
                    fn = Function(name, params)
                    i = self.block(lines, i + 1, indent + 2, fn.code)
                    fn.code.append(Instr(Op.CONST, 0))
                    fn.code.append(Instr(Op.RET))
                    self.functions[name] = fn
                    continue
                case ["while", *cond]:
                    start = len(code)
                    self.expr(cond, code)
                    jump = Instr(Op.JUMP_IF_FALSE)
                    code.append(jump)
                    i = self.block(lines, i + 1, indent + 2, code)
                    code.append(Instr(Op.JUMP, start))
                    jump.arg = len(code)
                    continue
                case ["if", *cond]:
                    self.expr(cond, code)
                    jump = Instr(Op.JUMP_IF_FALSE)
                    code.append(jump)
                    i = self.block(lines, i + 1, indent + 2, code)
                    jump.arg = len(code)
                    continue
                case ["print", *rest]:
                    self.expr(rest, code)
                    code.append(Instr(Op.PRINT))
                case ["return", *rest]:
                    self.expr(rest, code)
                    code.append(Instr(Op.RET))
                case [name, "=", *rest]:
                    self.expr(rest, code)
                    code.append(Instr(Op.STORE, name))
                case _:
                    raise SyntaxError(f"bad statement: {' '.join(words)}")
            i += 1
        return i


def optimise(code):
    """Constant-fold CONST CONST BINOP sequences (no jump may target inside them)."""
    targets = {ins.arg for ins in code if ins.op in (Op.JUMP, Op.JUMP_IF_FALSE)}
    changed = True
    folds = 0
    while changed:
        changed = False
        for i in range(len(code) - 2):
            a, b, c = code[i:i + 3]
            if a.op == Op.CONST and b.op == Op.CONST and c.op == Op.BINOP and not ({i + 1, i + 2} & targets) and c.arg != "/":
                code[i:i + 3] = [Instr(Op.CONST, BINOPS[c.arg](a.arg, b.arg))]
                for ins in code:
                    if ins.op in (Op.JUMP, Op.JUMP_IF_FALSE) and ins.arg > i:
                        ins.arg -= 2
                targets = {ins.arg for ins in code if ins.op in (Op.JUMP, Op.JUMP_IF_FALSE)}
                folds += 1
                changed = True
                break
    return folds


class VM:
    def __init__(self, functions):
        self.functions = functions
        self.steps = 0
        self.output = []

    def run(self, code, env):
        stack = []
        pc = 0
        while pc < len(code):
            ins = code[pc]
            pc += 1
            self.steps += 1
            op = ins.op
            if op is Op.CONST:
                stack.append(ins.arg)
            elif op is Op.LOAD:
                stack.append(env[ins.arg])
            elif op is Op.STORE:
                env[ins.arg] = stack.pop()
            elif op is Op.BINOP:
                b = stack.pop()
                a = stack.pop()
                stack.append(int(BINOPS[ins.arg](a, b)))
            elif op is Op.JUMP:
                pc = ins.arg
            elif op is Op.JUMP_IF_FALSE:
                if not stack.pop():
                    pc = ins.arg
            elif op is Op.PRINT:
                self.output.append(str(stack.pop()))
            elif op is Op.CALL:
                name, nargs = ins.arg
                fn = self.functions[name]
                args = stack[len(stack) - nargs:]
                del stack[len(stack) - nargs:]
                stack.append(self.run(fn.code, dict(zip(fn.params, args))))
            elif op is Op.RET:
                return stack.pop()
        return None


SOURCE = """
def fib n
  if n < 2
    return n
  return fib ( n - 1 , ) + fib ( n - 2 , )
def gcd a b
  while b > 0
    t = a % b
    a = b
    b = t
  return a
x = 2 * 3 + 4 * 5
print x
i = 0
while i < 12
  print fib ( i , )
  i = i + 1
print gcd ( 1071 , 462 , )
print 100 / 7 + 10 % 4 * 3
"""


def main():
    comp = Compiler()
    main_code = []
    comp.block(tokenize(SOURCE), 0, 0, main_code)
    before = len(main_code)
    folds = optimise(main_code)
    print(f"main: {before} -> {len(main_code)} instructions ({folds} folds)")
    for name, fn in sorted(comp.functions.items()):
        print(f"{name}({', '.join(fn.params)}): {len(fn.code)} instructions")
    for i, ins in enumerate(main_code[:12]):
        print(f"{i:3d} {ins}")
    vm = VM(comp.functions)
    vm.run(main_code, {})
    print(" ".join(vm.output))
    print("steps:", vm.steps, Op.CALL, int(Op.RET), Op(3).name, Op.BINOP < Op.JUMP, sorted(Op)[-1])
    try:
        comp.block(tokenize("x + 1"), 0, 0, [])
    except SyntaxError as exc:
        print("SyntaxError:", exc)


if __name__ == "__main__":
    main()
