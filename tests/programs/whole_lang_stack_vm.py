"""A small stack-machine interpreter and report, in the style of a script:
dispatch tables mixing defs and lambdas, handlers looked up with dict.get,
optional hooks, lazy map/filter pipelines, defaultdict counters with lambda
factories, f(*args) from parsed lists, and {**defaults, **overrides}."""
from collections import defaultdict


class VMError(Exception):
    code = 2
    kind = "vm"


class StackUnderflow(VMError):
    code = 3


def op_add(a, b):
    return a + b


def op_sub(a, b):
    return a - b


def op_mul(a, b):
    return a * b


def op_div(a, b):
    if b == 0:
        raise VMError("division by zero")
    return a // b


BINARY = {
    "add": op_add,
    "sub": op_sub,
    "mul": op_mul,
    "div": op_div,
    "mod": lambda a, b: a % b,
    "max": lambda a, b: a if a > b else b,
}

UNARY = {"neg": lambda a: -a, "dup": None, "sq": lambda a: a * a}

DEFAULTS = {"trace": False, "limit": 1000, "name": "vm"}


class Machine:
    def __init__(self, options, hook=None):
        self.options = {**DEFAULTS, **options}
        self.stack = []
        self.hook = hook
        self.counts = defaultdict(lambda: 0)
        self.steps = 0

    def pop(self):
        if not self.stack:
            raise StackUnderflow("stack underflow")
        return self.stack.pop()

    def execute(self, instr):
        parts = instr.split()
        name = parts[0]
        self.counts[name] += 1
        self.steps += 1
        if self.steps > self.options["limit"]:
            raise VMError("step limit")
        if name == "push":
            self.stack.append(int(parts[1]))
        elif name == "dup":
            v = self.pop()
            self.stack.extend([v, v])
        elif name in BINARY:
            b = self.pop()
            a = self.pop()
            self.stack.append(BINARY[name](a, b))
        else:
            fn = UNARY.get(name)
            if fn is None:
                raise VMError("unknown instruction " + repr(name))
            self.stack.append(fn(self.pop()))
        if self.hook is not None:
            self.hook(name, self.stack)

    def run(self, program):
        for line in filter(lambda s: s and not s.startswith("#"), map(str.strip, program.split(";"))):
            self.execute(line)
        return self.stack[-1] if self.stack else None


def clamp(lo, hi, value):
    return max(lo, min(hi, value))


def main():
    programs = [
        "push 6; push 7; mul; # answer",
        "push 10; push 3; sub; dup; mul; neg",
        "push 2; sq; sq; push 5; max; push 7; mod",
        "push 1; push 0; div",
        "push 1; add",
        "push 4; frob",
    ]
    trace_log = []

    def tracer(name, stack):
        trace_log.append(f"{name}:{len(stack)}")

    results = []
    for i, text in enumerate(programs):
        hook = tracer if i % 2 == 0 else None
        vm = Machine({"name": f"vm{i}", "limit": 50}, hook)
        try:
            value = vm.run(text)
            results.append(value)
            print(f"{vm.options['name']}: {value} (steps={vm.steps})")
        except VMError as e:
            results.append(None)
            print(f"{vm.options['name']}: {type(e).__name__} code={e.code} kind={e.kind}: {e}")
        print("  ops:", dict(sorted(vm.counts.items())))
    print("trace:", " ".join(trace_log))

    ok = list(filter(lambda r: r is not None, results))
    print("ok results:", ok)
    bounds = [-50, 50]
    clamped = map(lambda r: clamp(*bounds, r), ok)
    print("clamped:", list(clamped))
    spec = "3 4 5"
    print("clamp from text:", clamp(*[int(x) for x in spec.split()]))

    histogram = defaultdict(lambda: [0, 0])
    for r in ok:
        bucket = "neg" if r < 0 else "pos"
        histogram[bucket][0] += 1
        histogram[bucket][1] += r
    for key in sorted(histogram):
        count, total = histogram[key]
        print(f"{key}: count={count} total={total}")

    pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
    text = "  Hello World  "
    for step in pipeline:
        text = step(text)
    print(repr(text))


if __name__ == "__main__":
    main()
