import statistics
from statistics import mean, fmean, median, median_low, median_high, mode, multimode
from statistics import pstdev, stdev, pvariance, variance, quantiles, StatisticsError


def show(label, value):
    print(label, repr(value), type(value).__name__)


def squares(n):
    for i in range(n):
        yield i * i


def main():
    ints = [1, 2, 4]
    show("mean ints", mean(ints))
    show("mean [1, 2]", mean([1, 2]))
    show("mean [2, 4]", mean([2, 4]))
    show("mean negative", mean([-3, -4, 10, 7]))
    show("mean floats", mean([0.1, 0.2, 0.3]))
    show("mean floats 2", mean([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
    show("mean tuple", mean((10, 20, 35)))
    show("mean range", mean(range(1, 101)))
    show("mean big", mean([10 ** 30, 10 ** 30 + 1, 3]))
    show("mean cancel", mean([1e50, 1.0, -1e50] * 10))
    show("mean bools", mean([True, False, True]))
    show("fmean", fmean([3.5, 4.0, 5.25]))
    show("fmean ints", fmean([1, 2, 3, 4]))
    show("fmean weights", fmean([85, 92, 83, 91], weights=[0.20, 0.20, 0.30, 0.30]))
    show("median odd", median([1, 3, 5]))
    show("median even", median([1, 3, 5, 7]))
    show("median floats", median([2.5, 0.5, 1.25, 9.0]))
    show("median_low", median_low([1, 3, 5, 7]))
    show("median_low odd", median_low([5, 1, 3]))
    show("median_high", median_high([1, 3, 5, 7]))
    show("median strings", median_low(["b", "d", "a", "c"]))
    show("mode", mode([1, 1, 2, 3, 3, 3, 3, 4]))
    show("mode first", mode(["red", "blue", "blue", "red", "green"]))
    show("multimode", multimode("aabbbbccddddeeffffgg"))
    show("multimode ints", multimode([3, 1, 3, 1, 2]))
    data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
    show("variance floats", variance(data))
    show("variance xbar", variance(data, mean(data)))
    show("pvariance floats", pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
    show("variance ints", variance([1, 2, 3, 4, 5]))
    show("variance ints frac", variance([1, 2, 4]))
    show("pvariance ints", pvariance([1, 2, 3]))
    show("pvariance ints whole", pvariance([1, 3]))
    show("pvariance mu", pvariance([1, 2, 3, 4], 2))
    show("stdev", stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
    show("stdev ints", stdev([2, 4, 4, 4, 5, 5, 7, 9]))
    show("pstdev", pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
    show("pstdev ints", pstdev([2, 4, 4, 4, 5, 5, 7, 9]))
    show("stdev big", stdev([10 ** 20 + 1, 10 ** 20 + 3, 10 ** 20 + 8]))
    show("stdev tiny", stdev([1e-300, 3e-300, 2.5e-300]))
    show("variance constant", variance([7.25, 7.25, 7.25]))
    show("mean inf", mean([1.0, float("inf")]))
    show("variance inf", variance([1.0, float("inf"), 3.0]))
    q = [105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104]
    show("quantiles", quantiles(q))
    show("deciles", quantiles(q, n=10))
    show("quantiles inclusive", quantiles(q, n=4, method="inclusive"))
    show("quantiles small", quantiles([1, 2], n=5))
    show("quantiles floats", quantiles([0.5, 2.25, 1.0, 7.75], n=3, method="inclusive"))
    show("quantiles n=1", quantiles([1, 2, 3], n=1))
    try:
        mean([])
        print("mean empty", "no error")
    except StatisticsError as e:
        print("mean empty", "StatisticsError:", e, isinstance(e, ValueError))
    except ValueError as e:
        print("mean empty", "ValueError:", e)
    try:
        fmean([])
        print("fmean empty", "no error")
    except StatisticsError as e:
        print("fmean empty", "StatisticsError:", e, isinstance(e, ValueError))
    except ValueError as e:
        print("fmean empty", "ValueError:", e)
    try:
        median([])
        print("median empty", "no error")
    except StatisticsError as e:
        print("median empty", "StatisticsError:", e, isinstance(e, ValueError))
    except ValueError as e:
        print("median empty", "ValueError:", e)
    try:
        median_low([])
        print("median_low empty", "no error")
    except StatisticsError as e:
        print("median_low empty", "StatisticsError:", e, isinstance(e, ValueError))
    except ValueError as e:
        print("median_low empty", "ValueError:", e)
    try:
        median_high([])
        print("median_high empty", "no error")
    except StatisticsError as e:
        print("median_high empty", "StatisticsError:", e, isinstance(e, ValueError))
    except ValueError as e:
        print("median_high empty", "ValueError:", e)
    try:
        mode([])
        print("mode empty", "no error")
    except StatisticsError as e:
        print("mode empty", "StatisticsError:", e, isinstance(e, ValueError))
    except ValueError as e:
        print("mode empty", "ValueError:", e)
    try:
        variance([1])
        print("variance one", "no error")
    except StatisticsError as e:
        print("variance one", "StatisticsError:", e, isinstance(e, ValueError))
    except ValueError as e:
        print("variance one", "ValueError:", e)
    try:
        stdev([1.5])
        print("stdev one", "no error")
    except StatisticsError as e:
        print("stdev one", "StatisticsError:", e, isinstance(e, ValueError))
    except ValueError as e:
        print("stdev one", "ValueError:", e)
    try:
        pvariance([])
        print("pvariance empty", "no error")
    except StatisticsError as e:
        print("pvariance empty", "StatisticsError:", e, isinstance(e, ValueError))
    except ValueError as e:
        print("pvariance empty", "ValueError:", e)
    try:
        pstdev([])
        print("pstdev empty", "no error")
    except StatisticsError as e:
        print("pstdev empty", "StatisticsError:", e, isinstance(e, ValueError))
    except ValueError as e:
        print("pstdev empty", "ValueError:", e)
    try:
        quantiles([1, 2, 3], n=0)
        print("quantiles n=0", "no error")
    except StatisticsError as e:
        print("quantiles n=0", "StatisticsError:", e, isinstance(e, ValueError))
    except ValueError as e:
        print("quantiles n=0", "ValueError:", e)
    try:
        quantiles([1], n=4)
        print("quantiles one", "no error")
    except StatisticsError as e:
        print("quantiles one", "StatisticsError:", e, isinstance(e, ValueError))
    except ValueError as e:
        print("quantiles one", "ValueError:", e)
    try:
        quantiles([1, 2, 3], method="median")
        print("quantiles method", "no error")
    except StatisticsError as e:
        print("quantiles method", "StatisticsError:", e, isinstance(e, ValueError))
    except ValueError as e:
        print("quantiles method", "ValueError:", e)
    try:
        fmean([1, 2], weights=[1, 2, 3])
        print("fmean weights", "no error")
    except StatisticsError as e:
        print("fmean weights", "StatisticsError:", e, isinstance(e, ValueError))
    except ValueError as e:
        print("fmean weights", "ValueError:", e)
    try:
        fmean([1, 2], weights=[0, 0])
        print("fmean zero weights", "no error")
    except StatisticsError as e:
        print("fmean zero weights", "StatisticsError:", e, isinstance(e, ValueError))
    except ValueError as e:
        print("fmean zero weights", "ValueError:", e)
    show("multimode empty", multimode([]))
    show("module call", statistics.median([3, 1, 2]))
    mixed = [1, 2.5, 3]
    show("mixed mean", mean(mixed))
    show("mixed variance", variance(mixed))
    show("mixed stdev", stdev(mixed))
    show("mixed median", median(mixed))
    show("generator mean", mean(squares(5)))
    show("generator pvariance", pvariance(squares(6)))
    show("genexpr mean", mean(x / 4 for x in range(9)))
    show("generator fmean", fmean(squares(4)))
    show("variance float xbar", variance([1, 2, 3], 2.0))
    show("variance int xbar", variance([1, 2, 3], 2))
    try:
        mean(["a", "b"])
    except TypeError as e:
        print("mean strings TypeError:", e)
    try:
        stdev([1.0, float("inf")])
    except AttributeError as e:
        print("stdev inf AttributeError:", e)
    try:
        raise StatisticsError("custom")
    except ValueError as e:
        print("caught as ValueError:", e)


if __name__ == "__main__":
    main()
