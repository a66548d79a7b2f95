"""Call billing with decimal arithmetic, in the manner of the telco benchmark:
call durations packed as big-endian 64-bit records in a BytesIO, a rate by
call type, prices rounded half-even through a Context's methods, taxes
truncated under a ROUND_DOWN current context, totals printed to a StringIO."""
from decimal import ROUND_HALF_EVEN, ROUND_DOWN, ROUND_HALF_UP, Decimal, getcontext, Context, localcontext
import io
from struct import pack, unpack

RECORDS = 3000


def durations():
    seed = 77
    out = []
    for _ in range(RECORDS):
        seed = (seed * 6364136223846793005 + 1442695040888963407) % (1 << 64)
        out.append((seed >> 33) % 7200 + 1)
    return out


def bill(raw, outfile):
    getcontext().rounding = ROUND_DOWN
    rates = [Decimal(text) for text in ('0.0013', '0.00894')]
    cents = Decimal('0.01')
    banker = Context(rounding=ROUND_HALF_EVEN)
    basic_rate = Decimal("0.0675")
    distance_rate = Decimal("0.0341")
    stream = io.BytesIO(raw)
    total = Decimal(0)
    basic_sum = Decimal(0)
    distance_sum = Decimal(0)
    while True:
        record = stream.read(8)
        if not record:
            break
        (seconds,) = unpack('>Q', record)
        kind = seconds & 1
        price = banker.quantize(rates[kind] * seconds, cents)
        basic = (price * basic_rate).quantize(cents)
        basic_sum += basic
        line_total = price + basic
        if kind:
            distance = (price * distance_rate).quantize(cents)
            distance_sum += distance
            line_total += distance
        total += line_total
        print(line_total, file=outfile)
    return total, basic_sum, distance_sum


def context_methods():
    half_up = Context(prec=6, rounding=ROUND_HALF_UP)
    a = Decimal('2.345')
    print(half_up.quantize(a, Decimal('0.01')), half_up.add(a, 1), half_up.subtract(10, a))
    print(half_up.multiply(a, a), half_up.divide(1, 7), half_up.divide_int(100, 7), half_up.remainder(100, 7))
    print(half_up.power(a, 3), half_up.plus(Decimal('1.23456789')), half_up.minus(a), half_up.abs(Decimal('-4.5')))
    print(half_up.sqrt(Decimal(2)), half_up.create_decimal('3.14159265'), half_up.normalize(Decimal('1.500')))
    print(half_up.to_integral_value(Decimal('2.5')), Context(rounding=ROUND_HALF_EVEN).to_integral_value(Decimal('2.5')))
    # The current context is untouched by a Context method.
    print(getcontext().prec, getcontext().rounding, Decimal(1) / Decimal(7))
    with localcontext() as ctx:
        ctx.prec = 4
        print(Decimal(1) / Decimal(7), half_up.divide(Decimal(1), 7))


def main():
    raw = b"".join(pack('>Q', d) for d in durations())
    print("bytes:", len(raw))
    out = io.StringIO()
    total, basic_sum, distance_sum = bill(raw, out)
    lines = out.getvalue().splitlines()
    print("lines:", len(lines), "first:", lines[:5], "last:", lines[-3:])
    print("sumT:", total, "sumB:", basic_sum, "sumD:", distance_sum)
    print("max line:", max(Decimal(x) for x in lines), "min line:", min(Decimal(x) for x in lines))
    print("check:", sum((Decimal(x) for x in lines), Decimal(0)) == total)
    getcontext().rounding = ROUND_HALF_EVEN
    context_methods()


if __name__ == "__main__":
    main()
