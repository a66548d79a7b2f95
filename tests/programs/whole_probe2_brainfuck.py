"""Brainfuck interpreter with a compile-to-ops optimiser (run-length folding, bracket table)."""


def parse(code):
    ops = []
    stack = []
    i = 0
    code = "".join(c for c in code if c in "+-<>[].,")
    while i < len(code):
        c = code[i]
        if c in "+-<>":
            j = i
            while j < len(code) and code[j] == c:
                j += 1
            n = j - i
            ops.append(("add", n if c == "+" else -n) if c in "+-" else ("move", n if c == ">" else -n))
            i = j
            continue
        if c == "[":
            if code[i:i + 3] in ("[-]", "[+]"):
                ops.append(("clear", 0))
                i += 3
                continue
            stack.append(len(ops))
            ops.append(("jz", None))
        elif c == "]":
            if not stack:
                raise ValueError(f"unmatched ] at {i}")
            start = stack.pop()
            ops[start] = ("jz", len(ops))
            ops.append(("jnz", start))
        elif c == ".":
            ops.append(("out", 0))
        elif c == ",":
            ops.append(("in", 0))
        i += 1
    if stack:
        raise ValueError(f"unmatched [ at op {stack[-1]}")
    return ops


def run(ops, data=""):
    tape = [0] * 30000
    ptr = 0
    pc = 0
    out = []
    inp = list(data)
    steps = 0
    n = len(ops)
    while pc < n:
        kind, arg = ops[pc]
        steps += 1
        if kind == "add":
            tape[ptr] = (tape[ptr] + arg) & 255
        elif kind == "move":
            ptr += arg
        elif kind == "jz":
            if tape[ptr] == 0:
                pc = arg
        elif kind == "jnz":
            if tape[ptr] != 0:
                pc = arg
        elif kind == "clear":
            tape[ptr] = 0
        elif kind == "out":
            out.append(chr(tape[ptr]))
        elif kind == "in":
            tape[ptr] = ord(inp.pop(0)) if inp else 0
        pc += 1
    return "".join(out), steps


HELLO = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."
REVERSE = ">,[>,]<[.<]"
ADD_DIGITS = ",>,[<+>-]<------------------------------------------------."
SQUARES = """++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]
<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]"""


def main():
    ops = parse(HELLO)
    print(len(ops), "ops", ops[:6])
    print(repr(run(ops)))
    print(run(parse(REVERSE), "stressed"))
    print(run(parse(ADD_DIGITS), "34"))
    text, steps = run(parse(SQUARES))
    lines = text.split("\n")
    print(len(lines), lines[:5], lines[-2], steps)
    for bad in ("[[]", "]", "+[>+<-]]"):
        try:
            parse(bad)
        except ValueError as e:
            print("syntax error:", e)


if __name__ == "__main__":
    main()
