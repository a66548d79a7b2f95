# Trade-and-quote style aggregation: parse records, group by symbol, rolling stats (after Codon's taq).
import random

SYMBOLS = ["AAPL", "MSFT", "GOOG", "AMZN", "IBM"]


def make_records(n):
    random.seed(2024)
    recs = []
    t = 34200000
    for _ in range(n):
        t += random.randint(1, 500)
        sym = random.choice(SYMBOLS)
        price = round(100 + random.random() * 50, 2)
        size = random.randint(1, 20) * 100
        recs.append("%d|%s|%.2f|%d" % (t, sym, price, size))
    return recs


def parse(line):
    t, sym, price, size = line.split("|")
    return int(t), sym, float(price), int(size)


def main():
    by_sym = {}
    for line in make_records(500):
        t, sym, price, size = parse(line)
        by_sym.setdefault(sym, []).append((t, price, size))
    for sym in sorted(by_sym):
        trades = by_sym[sym]
        vol = sum(s for _, _, s in trades)
        vwap = sum(p * s for _, p, s in trades) / vol
        hi = max(p for _, p, _ in trades)
        lo = min(trades, key=lambda tr: tr[1])[1]
        window = [p for _, p, _ in trades[-10:]]
        print("%-5s n=%3d vol=%6d vwap=%.4f hi=%.2f lo=%.2f last10=%.3f" % (
            sym, len(trades), vol, vwap, hi, lo, sum(window) / len(window)))
    minutes = {}
    for sym, trades in by_sym.items():
        for t, p, s in trades:
            m = t // 60000
            minutes[m] = minutes.get(m, 0) + s
    print(len(minutes), max(minutes.values()), min(minutes))


if __name__ == "__main__":
    main()
