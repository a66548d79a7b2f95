from fractions import Fraction
import math


def main():
    a = Fraction(3, 4)
    b = Fraction("5/6")
    c = Fraction(-10, -4)
    print(a, b, c, repr(a), Fraction(7), Fraction(), Fraction(2, -6))
    print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
    print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, a ** 2, a ** -2, 2 ** Fraction(3))
    print(a + 0.5, 0.5 + a, a * 1.5, a < 1, a > 0.5, 1 < a, a == Fraction(6, 8), a == 0.75, a != b, b >= a)
    print(Fraction("1.25"), Fraction(" -3.5e-2 "), Fraction("2e3"), Fraction(0.1), Fraction(1.5))
    print(Fraction(0.1).limit_denominator(10), Fraction(math.pi).limit_denominator(100), Fraction(3, 7).limit_denominator(1000))
    print(float(a), int(Fraction(-7, 2)), abs(Fraction(-1, 3)), -a, +a, a.numerator, a.denominator, a.as_integer_ratio())
    print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(4, 2)) == hash(2), hash(Fraction(1, 3)))
    print(sum([Fraction(1, n) for n in range(1, 11)]))
    print(sorted([Fraction(1, 3), Fraction(1, 4), Fraction(2, 5)]), max(Fraction(1, 3), Fraction(1, 2)))
    print(round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 2), round(Fraction(-5, 2)), Fraction(-7, 2).__floor__(), Fraction(-7, 2).__ceil__())
    print(bool(Fraction(0)), bool(a), {Fraction(1, 2): "half"}[Fraction(2, 4)], Fraction(a, b), Fraction.from_float(0.25))
    for bad in ["abc", "1/0", "", "1.2.3"]:
        try:
            Fraction(bad)
        except (ValueError, ZeroDivisionError) as e:
            print(type(e).__name__, e)
    try:
        Fraction(1, 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        a / Fraction(0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    total = Fraction(0)
    for price in ["19.99", "5.01", "0.10"]:
        total += Fraction(price)
    print(total, float(total), "%.2f" % float(total), f"{float(total):.3f}", "%.3f %d %s" % (total, total, total))


if __name__ == "__main__":
    main()
