# Variant written around a compiler gap: jump targets go through int(), so the program counter stays an int (a function taken from a list at a dynamic index cannot be called yet).
# A tiny stack-machine interpreter with an opcode dispatch table of functions.
class VM:
    def __init__(self, code):
        self.code = code
        self.stack = []
        self.pc = 0
        self.vars = {}
        self.output = []

    def push(self, v):
        self.stack.append(v)

    def pop(self):
        return self.stack.pop()


def op_push(vm, arg):
    vm.push(arg)


def op_add(vm, arg):
    b = vm.pop()
    a = vm.pop()
    vm.push(a + b)


def op_sub(vm, arg):
    b = vm.pop()
    a = vm.pop()
    vm.push(a - b)


def op_mul(vm, arg):
    b = vm.pop()
    a = vm.pop()
    vm.push(a * b)


def op_lt(vm, arg):
    b = vm.pop()
    a = vm.pop()
    vm.push(1 if a < b else 0)


def op_store(vm, arg):
    vm.vars[arg] = vm.pop()


def op_load(vm, arg):
    vm.push(vm.vars[arg])


def op_jz(vm, arg):
    if vm.pop() == 0:
        vm.pc = int(arg) - 1


def op_jmp(vm, arg):
    vm.pc = int(arg) - 1


def op_print(vm, arg):
    vm.output.append(str(vm.pop()))


OPS = {
    "push": op_push, "add": op_add, "sub": op_sub, "mul": op_mul, "lt": op_lt,
    "store": op_store, "load": op_load, "jz": op_jz, "jmp": op_jmp, "print": op_print,
}


def assemble(src):
    code = []
    for line in src.strip().splitlines():
        parts = line.split()
        arg = None
        if len(parts) > 1:
            arg = int(parts[1]) if parts[1].lstrip("-").isdigit() else parts[1]
        code.append((OPS[parts[0]], arg))
    return code


def run(vm):
    steps = 0
    while vm.pc < len(vm.code):
        fn, arg = vm.code[vm.pc]
        fn(vm, arg)
        vm.pc += 1
        steps += 1
    return steps


PROGRAM = """
push 1
store acc
push 1
store i
load i
push 13
lt
jz 19
load acc
load i
mul
store acc
load acc
print
load i
push 1
add
store i
jmp 4
push -1
print
"""


def main():
    vm = VM(assemble(PROGRAM))
    steps = run(vm)
    print(steps)
    print(" ".join(vm.output))
    print(sorted(vm.vars.items()))


if __name__ == "__main__":
    main()
