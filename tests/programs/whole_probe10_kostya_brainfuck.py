"""Kostya's benchmarks: brainfuck/bf.py (the "brainfuck2" interpreter with its
Op, Tape, Printer and Program classes). The socket notification to the
benchmark harness is left out; the two programs are the suite's bench.b
(with a smaller nest of loops) and a hello world, run loud and then quiet
with the Printer's checksum."""

import sys

INC = 1
MOVE = 2
LOOP = 3
PRINT = 4


class Op(object):
    def __init__(self, op, val):
        self.op = op
        self.val = val


class Tape(object):
    def __init__(self):
        self.tape = [0]
        self.pos = 0

    def get(self):
        return self.tape[self.pos]

    def inc(self, x):
        self.tape[self.pos] += x

    def move(self, x):
        self.pos += x
        while self.pos >= len(self.tape):
            self.tape.extend([0] * len(self.tape))


class Printer(object):
    def __init__(self, quiet):
        self.sum1 = 0
        self.sum2 = 0
        self.quiet = quiet

    def print(self, n):
        if self.quiet:
            self.sum1 = (self.sum1 + n) % 255
            self.sum2 = (self.sum2 + self.sum1) % 255
        else:
            sys.stdout.write(chr(n))
            sys.stdout.flush()

    @property
    def checksum(self):
        return (self.sum2 << 8) | self.sum1


class Program(object):
    def __init__(self, code, p):
        self.ops = self.parse(iter(code))
        self.p = p

    def parse(self, iterator):
        res = []
        for c in iterator:
            if c == '+':
                res.append(Op(INC, 1))
            elif c == '-':
                res.append(Op(INC, -1))
            elif c == '>':
                res.append(Op(MOVE, 1))
            elif c == '<':
                res.append(Op(MOVE, -1))
            elif c == '.':
                res.append(Op(PRINT, 0))
            elif c == '[':
                res.append(Op(LOOP, self.parse(iterator)))
            elif c == ']':
                break
        return res

    def run(self):
        self._run(self.ops, Tape())

    def _run(self, program, tape):
        for op in program:
            if op.op == INC:
                tape.inc(op.val)
            elif op.op == MOVE:
                tape.move(op.val)
            elif op.op == LOOP:
                while tape.get() > 0:
                    self._run(op.val, tape)
            elif op.op == PRINT:
                self.p.print(tape.get())


BENCH_B = """
Benchmark brainf*ck program
>++[<+++++++++++++>-]<[[>+>+<<-]>[<+>-]++++++++
[>++++++++<-]>.[-]<<>++++++++++[>++++++++++[>++
++++++++[>++++++++++[-]<-]<-]<-]<-]++++++++++.
"""

HELLO_B = """
++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>
---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.
"""

# prints the squares from 0 to 10000 (Daniel B Cristofani's squares.b)
SQUARES_B = """
++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+
>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]
<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]
"""


def verify():
    text = "++++++++[>++++++++<-]>+.+.+."
    p_left = Printer(True)
    Program(text, p_left).run()
    left = p_left.checksum

    p_right = Printer(True)
    for c in "ABC":
        p_right.print(ord(c))
    right = p_right.checksum
    if left != right:
        print("%s != %s" % (left, right), file=sys.stderr)
        sys.exit(1)
    print("verify", left, right)


def main():
    verify()
    for name, code in (("hello.b", HELLO_B), ("bench.b", BENCH_B), ("squares.b", SQUARES_B)):
        p = Printer(False)
        print("==", name)
        Program(code, p).run()
        q = Printer(True)
        Program(code, q).run()
        print("checksum", q.checksum)


if __name__ == "__main__":
    main()
