import random
from statistics import NormalDist, StatisticsError


def main():
    iq = NormalDist(100, 15)
    print(iq, iq.mean, iq.median, iq.mode, iq.stdev, iq.variance)
    print(repr(iq.cdf(130)), repr(iq.pdf(115)), repr(iq.zscore(85)))
    print(repr(iq.inv_cdf(0.975)), repr(iq.inv_cdf(0.001)), repr(iq.inv_cdf(1e-20)), repr(iq.inv_cdf(0.5)))
    print(iq.quantiles())
    print([round(q, 6) for q in iq.quantiles(10)])
    print(NormalDist())
    temps = NormalDist.from_samples([4, 6, 7, 9, 12, 2.5])
    print(temps)
    print(NormalDist.from_samples([1, 2, 3, 4]))
    print(repr(NormalDist(2.4, 1.6).overlap(NormalDist(3.2, 2.0))))
    print(repr(NormalDist(1, 2).overlap(NormalDist(4, 2))))
    a = NormalDist(10, 3)
    b = NormalDist(5, 4)
    print(a + b, a - b, a + 2.5, 7 + a, a - 1, 20 - a, a * 2, 3 * a, a * -2, a / 4, -a, +a)
    print(a == NormalDist(10.0, 3.0), a == b, hash(a) == hash(NormalDist(10, 3)))
    random.seed(8675309)
    print([round(x, 4) for x in NormalDist(0, 1).samples(5)])
    for label, sigma in [("negative sigma", -1.0)]:
        try:
            NormalDist(0, sigma)
        except StatisticsError as e:
            print(label, e)
    flat = NormalDist(3, 0)
    try:
        flat.pdf(1)
    except StatisticsError as e:
        print(e)
    try:
        flat.cdf(1)
    except StatisticsError as e:
        print(e)
    try:
        flat.zscore(1)
    except StatisticsError as e:
        print(e)
    try:
        flat.inv_cdf(0.5)
    except StatisticsError as e:
        print(e)
    try:
        iq.inv_cdf(1.0)
    except StatisticsError as e:
        print(e)
    try:
        flat.overlap(iq)
    except StatisticsError as e:
        print(e)
    try:
        NormalDist.from_samples([1])
    except StatisticsError as e:
        print(e)


if __name__ == "__main__":
    main()
