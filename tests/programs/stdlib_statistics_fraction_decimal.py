# statistics over Fraction and Decimal data: exact sums whose results keep the data's type
# (CPython's _coerce and _convert), Fraction(Decimal) and Decimal.to_eng_string.
import statistics
from decimal import Decimal, localcontext
from fractions import Fraction


def main():
    fr = [Fraction(1, 3), Fraction(1, 6), Fraction(3, 4), 2]
    print(statistics.mean(fr), statistics.variance(fr), statistics.pvariance(fr), statistics.median(fr))
    print(round(statistics.stdev(fr), 12), statistics.mean([Fraction(1, 2), 0.25]))
    dec = [Decimal("0.5"), Decimal("0.75"), Decimal("1.25"), 3]
    print(statistics.mean(dec), statistics.variance(dec), statistics.pvariance(dec), statistics.median(dec))
    with localcontext() as ctx:
        ctx.prec = 5
        print(statistics.mean([Decimal(1), Decimal(2), Decimal(4)]))
    print(statistics.harmonic_mean([Fraction(1, 2), Fraction(1, 4)]), statistics.mode(dec + [Decimal("0.75")]))
    # (CPython names the two types in the order of a set of them: only the exception is compared.)
    for mixed in ([Decimal(1), 1.5], [Fraction(1, 2), Decimal("0.5")]):
        try:
            statistics.mean(mixed)
        except TypeError as e:
            print("TypeError:", "don't know how to coerce" in str(e))
    print(Fraction(Decimal("-2.375")), Fraction.from_decimal(Decimal("0.1")), Fraction.from_decimal(3))
    for s in ["123E+1", "1.2345E+7", "0E+4", "-1.5E-10", "12345", "123.456E-9"]:
        print(s, Decimal(s).to_eng_string())


main()
