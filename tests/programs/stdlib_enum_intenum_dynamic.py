# IntEnum members compared when the compiler lost their type (items of mixed containers).
from dataclasses import dataclass
from enum import IntEnum


class Op(IntEnum):
    CONST = 1
    JUMP = 5
    HALT = 9


@dataclass
class Instr:
    op: Op
    arg: object = None


def main():
    items = [Op.CONST, "x", Op.JUMP]
    a, b = items[0], items[2]
    print(a == Op.CONST, Op.CONST == a, a != Op.JUMP, a < b, b >= Op.JUMP, a == b)
    code = [Instr(Op.CONST, 2), Instr(Op.JUMP, 0), Instr(Op.HALT)]
    window = code[0:2]
    x, y = window
    print(x.op == Op.CONST, y.op == Op.JUMP, x.op < y.op, [i.op.name for i in code if i.op != Op.JUMP])
    print(Op.CONST == 1, Op.HALT > 3, Op.JUMP + 1, sorted([Op.HALT, Op.CONST]))


if __name__ == "__main__":
    main()
