# Calling values whose static type is unknown: dispatch tables that mix defs
# and lambdas, dict.get() lookups that may be None, optional callbacks, and
# non-callable values (TypeError at run time, as in CPython).


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def neg(a):
    return -a


def shout(text):
    return text.upper() + "!"


def apply(f, x):
    if f is None:
        return x
    return f(x)


def transform(x, key=None):
    if key is not None:
        return key(x)
    return x


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


class Greeter:
    def __call__(self, name, punct="!"):
        return "hi " + name + punct


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self, scale=1, offset=0):
        return 3 * self.r * self.r * scale + offset


class Square:
    def __init__(self, s):
        self.s = s

    def area(self, scale=1, offset=0):
        return self.s * self.s * scale + offset


def run_commands(commands):
    handlers = {"neg": neg, "double": lambda v: v * 2, "square": lambda v: v * v}
    value = 3
    for name in commands:
        handler = handlers.get(name)
        if handler is None:
            print("unknown command", name)
            continue
        value = handler(value)
        print(name, "->", value)
    return value


def main():
    ops = {"+": add, "-": sub, "*": lambda a, b: a * b, "//": lambda a, b: a // b}
    for op in ["+", "-", "*", "//"]:
        print(7, op, 3, "=", ops[op](7, 3))
    fs = [add, lambda a, b: a * b, sub]
    print([f(2, 5) for f in fs])

    print(apply(None, 3), apply(lambda v: v * 2, 3), apply(neg, 3))
    print(transform(5), transform(5, key=lambda v: -v), transform("hi", key=shout))
    print(run_commands(["double", "square", "nope", "neg"]))

    mixed = [add, 3, None, "text", sub]
    for m in mixed:
        try:
            print("called:", m(10, 4))
        except TypeError as e:
            print("TypeError:", e)

    callback = None
    for i in range(3):
        if callback:
            print("callback", callback(i))
        callback = neg if i % 2 == 0 else shout if False else neg

    table = {"neg": neg, "add": add}
    try:
        table.get("neg")(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        table.get("missing")(1)
    except TypeError as e:
        print("TypeError:", e)

    # A value reused for a function and a number.
    thing = 5
    print(thing)
    thing = shout
    print(thing("ok"))

    pipeline = [neg, Multiplier(3), lambda v: v + 1]
    value = 2
    for step in pipeline:
        value = step(value)
        print("step", value)
    greeters = {"greet": Greeter(), "shout": shout}
    print(greeters["greet"]("bob"), greeters["greet"]("amy", "?"), greeters["shout"]("bob"))

    # Methods with keyword arguments on values whose class is known only at run time.
    for shape in [Circle(1), Square(2), "text"]:
        try:
            print(shape.area(), shape.area(scale=2), shape.area(2, offset=1), shape.area(offset=5, scale=3))
            shape.area(size=1)
        except (TypeError, AttributeError) as e:
            print(type(e).__name__ + ":", e)

    counter = 0
    try:
        counter(1)
    except TypeError as e:
        print("TypeError:", e)


if __name__ == "__main__":
    main()
