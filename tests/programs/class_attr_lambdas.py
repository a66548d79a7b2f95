# Lambdas stored in class attributes (dispatch tables), method defaults with lambdas.
from functools import reduce


class Calc:
    OPS = {
        "sum": lambda xs: sum(xs),
        "avg": lambda xs: sum(xs) / len(xs) if xs else 0.0,
        "max": lambda xs: max(xs, default=0),
        "prod": lambda xs: reduce(lambda a, b: a * b, xs, 1),
    }
    ORDER = sorted(OPS, key=lambda k: -len(k))

    def run(self, name, vals):
        return self.OPS[name](vals)

    def apply(self, vals, fn=lambda v: v * 10):
        return [fn(v) for v in vals]


def main():
    c = Calc()
    for name in ("sum", "avg", "max", "prod"):
        print(name, c.run(name, [2, 3, 4]), Calc.OPS[name]([1, 5]))
    print(Calc.ORDER, c.apply([1, 2]), c.apply([1, 2], lambda v: -v))


if __name__ == "__main__":
    main()
