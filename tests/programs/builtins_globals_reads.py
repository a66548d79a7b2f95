# globals() read by key: data picked by name (pyperformance's json_dumps runs
# `obj, count = globals()[case]` over case names), functions dispatched by
# name, `.get` with a default and `in` tests.
import json

SMALL = ({"a": 1}, 3)
NESTED = ({"k": [1, 2, {"x": None}]}, 2)
CASES = ["SMALL", "NESTED"]
counter = 0


def cmd_add(a, b):
    return a + b


def cmd_mul(a, b):
    return a * b


class Shape:
    sides = 0


class Square(Shape):
    sides = 4


def run(name, a, b):
    func = globals().get("cmd_" + name)
    if func is None:
        return "no command " + name
    return func(a, b)


def bump():
    global counter
    counter += 1
    return globals()["counter"]


def main():
    out = []
    for case in CASES:
        obj, count = globals()[case]
        for _ in range(count):
            out.append(json.dumps(obj))
    print(out)
    print(run("add", 2, 3), run("mul", 4, 5), run("pow", 1, 1))
    print("Square" in globals(), "Circle" in globals(), "CASES" not in globals())
    print(globals()["Square"].__name__, Square.sides)
    print(bump(), bump(), globals().get("missing", "default"))
    try:
        globals()["nothing"]
    except KeyError as e:
        print("KeyError:", e)


if __name__ == "__main__":
    main()
