"""Exact arithmetic in the style of pyperformance's telco/decimal_factorial and
the fractions-based benchmarks: Decimal contexts and quantize, Fraction
continued fractions and Bernoulli numbers, statistics over both.
"""
import statistics
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_DOWN, InvalidOperation
from fractions import Fraction
from math import comb, factorial


def bernoulli(n):
    A = [Fraction(0)] * (n + 1)
    for m in range(n + 1):
        A[m] = Fraction(1, m + 1)
        for j in range(m, 0, -1):
            A[j - 1] = j * (A[j - 1] - A[j])
    return A[0]


def continued_fraction(x, terms=12):
    out = []
    for _ in range(terms):
        whole = x.numerator // x.denominator
        out.append(whole)
        frac = x - whole
        if frac == 0:
            break
        x = 1 / frac
    return out


def convergents(cf):
    h0, h1 = 0, 1
    k0, k1 = 1, 0
    for a in cf:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        yield Fraction(h1, k1)


def pi_decimal(prec):
    with localcontext() as ctx:
        ctx.prec = prec + 2
        three = Decimal(3)
        lasts, t, s, n, na, d, da = 0, three, 3, 1, 0, 0, 24
        while s != lasts:
            lasts = s
            n, na = n + na, na + 8
            d, da = d + da, da + 32
            t = (t * n) / d
            s += t
    with localcontext() as ctx:
        ctx.prec = prec
        return +s


def sqrt_decimal(x, prec):
    with localcontext() as ctx:
        ctx.prec = prec + 5
        guess = Decimal(1)
        for _ in range(200):
            nxt = (guess + x / guess) / 2
            if nxt == guess:
                break
            guess = nxt
    with localcontext() as ctx:
        ctx.prec = prec
        return +guess


def amortise(principal, annual_rate, months):
    cent = Decimal("0.01")
    r = annual_rate / 12 / 100
    payment = (principal * r / (1 - (1 + r) ** -months)).quantize(cent, rounding=ROUND_HALF_UP)
    balance = principal
    rows = []
    for m in range(1, months + 1):
        interest = (balance * r).quantize(cent, rounding=ROUND_HALF_EVEN)
        pay = min(payment, balance + interest)
        balance = balance + interest - pay
        rows.append((m, pay, interest, balance))
    return payment, rows


def main():
    getcontext().prec = 28
    print([str(bernoulli(n)) for n in range(0, 13, 2)])
    print(bernoulli(20), bernoulli(20).limit_denominator(100))
    golden = Fraction(1)
    for _ in range(20):
        golden = 1 + 1 / golden
    print(golden, float(golden), continued_fraction(Fraction(355, 113)))
    cf = continued_fraction(Fraction(314159265358979, 100000000000000), 10)
    print(cf, [str(c) for c in convergents(cf)][:6])
    print(pi_decimal(40))
    print(sqrt_decimal(Decimal(2), 30), Decimal(2).sqrt())
    payment, rows = amortise(Decimal("25000"), Decimal("6.5"), 24)
    print("payment", payment)
    for m, pay, interest, balance in rows[:3] + rows[-2:]:
        print(f"{m:3d} {pay:>10} {interest:>8} {balance:>10}")
    total_interest = sum((i for _, _, i, _ in rows), Decimal(0))
    print("interest", total_interest, total_interest.quantize(Decimal("1"), rounding=ROUND_DOWN))
    values = [Decimal("1.10"), Decimal("2.25"), Decimal("3.40"), Decimal("2.25"), Decimal("9.99")]
    print(statistics.mean(values), statistics.median(values), statistics.mode(values))
    fracs = [Fraction(1, n) for n in range(1, 9)]
    print(statistics.mean(fracs), statistics.median(fracs), statistics.fmean(fracs))
    floats = [2.5, 3.25, 5.0, 7.75, 1.5, 3.25]
    print(statistics.pvariance(floats), round(statistics.stdev(floats), 10), statistics.median_high(floats), statistics.median_low(floats))
    print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), statistics.harmonic_mean([40, 60]), statistics.geometric_mean([1, 2, 4, 8]))
    print(sum(Fraction(comb(10, k), 2 ** 10) for k in range(11)), Decimal(factorial(30)).to_eng_string())
    with localcontext() as ctx:
        ctx.prec = 6
        print(Decimal(1) / Decimal(7), Decimal("123456789").normalize(), Decimal("1.2345E+3").quantize(Decimal("0.1")))
    for bad in ["abc", "1.2.3"]:
        try:
            Decimal(bad)
        except InvalidOperation:
            print("InvalidOperation for", bad)
    try:
        statistics.mean([])
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
    print(Decimal("-0.0"), Decimal("1e-7"), Decimal("12.500").as_tuple(), Decimal(0.1).quantize(Decimal("1e-20")))
    print(Fraction("3.1415").limit_denominator(1000), Fraction(Decimal("0.875")), Fraction(0.75), round(Fraction(7, 3), 2))


if __name__ == "__main__":
    main()
