"""float() of string literals (folded at build time where Python and JavaScript read them alike)
and float.as_integer_ratio (the mantissa's trailing zero bits dropped at once)."""
import math


def ratios():
    vals = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, -0.1, 3.75, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308,
            2.0 ** 53, 2.0 ** 60 + 2.0 ** 8, 123456.789, -2.5e-10, 1.7976931348623157e308, math.pi, -(2.0 ** 52) - 1]
    for v in vals:
        n, d = v.as_integer_ratio()
        print(v, (n, d), n / d == v)
    for bad in (float("inf"), float("-inf"), float("nan")):
        try:
            bad.as_integer_ratio()
        except (OverflowError, ValueError) as e:
            print(type(e).__name__, e)


def literals():
    print(float("inf"), float("-inf"), float(" +Infinity\n"), float("nan"), float("-NaN"), float("iNF"))
    print(float("1.5"), float("-0"), float("1e400"), float(".5e-3"), float("007.25"), float("2.5E+3"), float("1."))
    print(float("-inf") < -1e308, float("inf") > 1e308, float("nan") != float("nan"))
    print(math.copysign(1.0, float("-0.0")), math.copysign(1.0, float("-nan")) if False else "skip")
    best = float("inf")
    for d in (7.5, 3.25, 9.0):
        best = min(best, d)
    print(best)


def rejected():
    for label, thunk in (("underscores", lambda: float("1_000.5")), ("hex", lambda: float("0x10")), ("empty", lambda: float("")),
                         ("inner space", lambda: float("inf inity")), ("bare e", lambda: float("1e")), ("trailing", lambda: float("infx")),
                         ("bom", lambda: float("\ufeff1.5"))):
        try:
            print(label, float(thunk()))
        except ValueError as e:
            print(label, "ValueError", e)


def main():
    ratios()
    literals()
    rejected()
    print(float("\u20031.25\u2003"))


if __name__ == "__main__":
    main()
