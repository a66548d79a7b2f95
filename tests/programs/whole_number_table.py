# A number formatter table: the same values rendered in many notations.

WIDTH = 78
TITLE = "Number formats"


def rule(char="-"):
    print(char * WIDTH)


def header():
    print(f"{TITLE:^{WIDTH}}")
    rule("=")
    print(f"{'n':>6} {'n**2':>10} {'n**3':>14} {'hex':>8} {'octal':>8} {'binary':>18} {'sqrt':>9}")
    rule()


def approx_sqrt(x):
    if x == 0:
        return 0.0
    guess = x / 2
    for i in range(30):
        guess = (guess + x / guess) / 2
    return guess


def row(n):
    sq = n * n
    cube = sq * n
    print(f"{n:>6} {sq:>10,} {cube:>14,} {n:>#8x} {n:>#8o} {n:>18b} {approx_sqrt(n):>9.4f}")


def money(value):
    if value < 0:
        return f"({-value:,.2f})"
    return f"{value:,.2f}"


def scientific_block():
    rule()
    value = 1.0
    exp = 0
    while exp <= 30:
        print(f"10**{exp:<3} {value:>12.4e} {value:>14g} {value:>26,.1f} {money(-value / 7):>20}")
        value = value * 1000
        exp += 3


def percent_block():
    rule()
    for k in range(1, 9):
        frac = 1 / k
        print(f"1/{k:<2} = {frac:.6f} = {frac:8.2%} ~ {frac:.3g} | repr {frac!r}")


def main():
    header()
    n = 1
    while n < 5000:
        row(n)
        n = n * 3 + 1
    scientific_block()
    percent_block()
    rule()
    print(f"{'left':<12}|{'centre':^12}|{'right':>12}|")
    print(f"{'pad':*<12}|{'pad':-^12}|{'pad':.>12}|")
    print(f"{-42:+08d}|{42:+08d}|{-0.5:+08.2f}|{2 ** 64:,d}")
    rule("=")


if __name__ == "__main__":
    main()
