from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, InvalidOperation
import decimal


def main():
    a = Decimal("1.10")
    b = Decimal("2.20")
    print(a + b, a - b, a * b, a / b, b / a, a // Decimal("0.3"), a % Decimal("0.3"), divmod(Decimal(7), Decimal(-2)))
    print(repr(a), str(Decimal("1E+3")), Decimal("0.000001"), Decimal("0.0000001"), Decimal("-0"), Decimal("123.4500"))
    print(Decimal(0.1), Decimal(2.5), Decimal(-3), Decimal("  42  "), Decimal("1_000.5"), Decimal((1, (3, 1, 4), -2)))
    print(Decimal(1) / Decimal(3), Decimal(2) / Decimal(3), Decimal(1) / Decimal(8), Decimal(10) / Decimal(4), Decimal(100) / Decimal("0.1"))
    print(a + 1, 1 + a, a * 3, 3 * a, 10 - a, a / 4, 7 / Decimal(2), sum([a, b, Decimal("0.05")]), sum([Decimal("0.1")] * 10))
    print(a < b, a == Decimal("1.1"), a == 1.1, Decimal("0.5") == 0.5, a > 1, 2 > a, Decimal(3) == 3, hash(Decimal(3)) == hash(3), hash(Decimal("0.5")) == hash(0.5))
    print(sorted([Decimal("3.5"), Decimal("-1"), Decimal("2.25")]), max(a, b), min([b, a]))
    price = Decimal("19.995")
    print(price.quantize(Decimal("0.01")), price.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), price.quantize(Decimal("1"), rounding=ROUND_DOWN))
    print(Decimal("-2.5").quantize(Decimal("1"), rounding=ROUND_CEILING), Decimal("-2.5").quantize(Decimal("1"), rounding=ROUND_FLOOR))
    print(round(Decimal("2.675"), 2), round(Decimal("2.5")), round(Decimal("3.5")), int(Decimal("-7.9")), float(Decimal("1.25")))
    print(abs(Decimal("-3.20")), -Decimal("1.5"), +Decimal("-0.00"), Decimal("5.000").normalize(), Decimal("1200").normalize())
    print(Decimal(2).sqrt(), Decimal("16").sqrt(), Decimal("0.25").sqrt(), Decimal(2) ** 10, Decimal("1.5") ** 3, Decimal(2) ** -2)
    for spec in [".2f", ",.2f", ">12,.2f", "<10.1f", "^11.3f", "+.1f", "010.2f", "e", ".3e", ".2%", "", ".4g", "G"]:
        print(repr(format(Decimal("1234567.891"), spec)), repr(format(Decimal("-0.00420"), spec)))
    total = Decimal("0")
    for item in ["4.99", "12.50", "0.01", "100"]:
        total += Decimal(item)
    tax = (total * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    print(f"subtotal {total:>10} tax {tax:>8} total {total + tax:>10,.2f}")
    getcontext().prec = 6
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0, getcontext().prec)
    with localcontext() as ctx:
        ctx.prec = 3
        print(Decimal(2).sqrt(), Decimal(10) / 3)
    print(Decimal(10) / 3)
    getcontext().prec = 28
    for bad in ["abc", "1.2.3", ""]:
        try:
            Decimal(bad)
        except InvalidOperation as e:
            print("InvalidOperation", e)
    try:
        Decimal(1) / Decimal(0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", type(e).__name__, e)
    try:
        Decimal(0) / 0
    except decimal.InvalidOperation as e:
        print("InvalidOperation", e)
    try:
        Decimal(1) + 1.5
    except TypeError as e:
        print("TypeError", e)
    try:
        2.5 * Decimal(1)
    except TypeError as e:
        print("TypeError", e)
    print(Decimal("3.14159").as_tuple(), Decimal("-1.5").as_integer_ratio(), Decimal("1.23E-7").adjusted(), Decimal(0).is_zero())
    print({Decimal("1.0"): "one"}[Decimal(1)], Decimal("7.50").to_integral_value(), Decimal("-0.5").compare(Decimal(0)))
    d = Decimal("1234.5678")
    print("%.2f|%10.3f|%d|%e|%s|%r" % (d, d, d, d, d, d))


if __name__ == "__main__":
    main()
