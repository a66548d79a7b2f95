"""
Benchmark the statistics module (in the manner of the statistics benchmarks
that ship with CPython's and pyperformance's suites): central tendency,
spread, quantiles and NormalDist over reproducible random samples.
"""
import random
import statistics
from fractions import Fraction
from statistics import NormalDist


def make_samples(seed, count):
    rng = random.Random(seed)
    ints = [rng.randint(1, 1000) for _ in range(count)]
    floats = [rng.gauss(50.0, 12.5) for _ in range(count)]
    return ints, floats


def bench_mean(ints, floats, loops):
    acc = 0.0
    for _ in range(loops):
        acc += statistics.mean(ints)
        acc += statistics.fmean(floats)
        acc += statistics.mean(floats)
    return acc


def bench_median(ints, floats, loops):
    out = []
    for _ in range(loops):
        out.append(statistics.median(ints))
        out.append(statistics.median_low(ints))
        out.append(statistics.median_high(ints))
        out.append(statistics.median(floats))
    return out[-4:]


def bench_spread(ints, floats, loops):
    res = []
    for _ in range(loops):
        res = [statistics.variance(ints), statistics.pvariance(ints),
               statistics.stdev(floats), statistics.pstdev(floats)]
    return res


def bench_quantiles(floats, loops):
    q = None
    for _ in range(loops):
        q = statistics.quantiles(floats, n=4)
        d = statistics.quantiles(floats, n=10, method='inclusive')
    return q, d


def bench_normal_dist(floats, loops):
    nd = NormalDist.from_samples(floats)
    total = 0.0
    for i in range(loops):
        x = 20.0 + i % 60
        total += nd.pdf(x) + nd.cdf(x)
    iq = [round(nd.inv_cdf(p / 10), 6) for p in range(1, 10)]
    other = NormalDist(60.0, 5.0)
    return nd, total, iq, nd.overlap(other), (nd + other), (nd * 2.0)


def bench_fractions(loops):
    data = [Fraction(i, i + 1) for i in range(1, 40)]
    m = None
    for _ in range(loops):
        m = statistics.mean(data)
        v = statistics.variance(data)
    return m, v


def main():
    ints, floats = make_samples(1234, 2001)
    loops = 20
    print("mean: %.6f" % bench_mean(ints, floats, loops))
    med = bench_median(ints, floats, loops)
    print("median:", med[0], med[1], med[2], "%.6f" % med[3])
    spread = bench_spread(ints, floats, loops)
    print("spread: %.6f %.6f %.6f %.6f" % tuple(spread))
    q, d = bench_quantiles(floats, loops)
    print("quartiles:", [round(v, 6) for v in q])
    print("deciles:", [round(v, 6) for v in d])
    nd, total, iq, overlap, summed, scaled = bench_normal_dist(floats, 5000)
    print("normal: mu=%.6f sigma=%.6f total=%.6f" % (nd.mean, nd.stdev, total))
    print("inv_cdf:", iq)
    print("overlap: %.6f" % overlap)
    print("sum: %.4f %.4f  scaled: %.4f %.4f" % (summed.mean, summed.stdev,
                                                 scaled.mean, scaled.stdev))
    print("mode:", statistics.mode([i % 7 for i in ints]),
          statistics.multimode("aabbbcccddd"))
    print("harmonic: %.6f geometric: %.6f" % (statistics.harmonic_mean(ints[:200]),
                                             statistics.geometric_mean(ints[:200])))
    m, v = bench_fractions(loops)
    print("fractions:", m, v)


if __name__ == "__main__":
    main()
