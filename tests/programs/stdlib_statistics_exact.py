"""Exact means and variances over random ints of growing size and floats spanning 60 orders of magnitude."""
import statistics
import random


def main():
    random.seed(7)
    for case in range(80):
        n = 2 + case % 13
        ints = [random.randint(-10 ** (case % 25), 10 ** (case % 25)) for _ in range(n)]
        floats = [random.uniform(-1000, 1000) * 10.0 ** random.randint(-30, 30) for _ in range(n)]
        print(repr(statistics.mean(ints)), repr(statistics.variance(ints)), repr(statistics.pvariance(ints)))
        print(repr(statistics.stdev(ints)), repr(statistics.pstdev(ints)), statistics.quantiles(ints, n=1 + case % 7))
        print(repr(statistics.mean(floats)), repr(statistics.variance(floats)), repr(statistics.pstdev(floats)))
        print(repr(statistics.stdev(floats)), repr(statistics.fmean(floats)), statistics.quantiles(floats, n=3, method="inclusive"))
        print(repr(statistics.median(floats)), repr(statistics.median(ints)))
    big = [random.random() for _ in range(5000)]
    print(repr(statistics.mean(big)), repr(statistics.stdev(big)))


if __name__ == "__main__":
    main()
