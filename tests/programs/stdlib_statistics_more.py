import statistics
from statistics import geometric_mean, harmonic_mean, median_grouped, covariance, correlation, linear_regression, StatisticsError


def show(label, value):
    print(label, repr(value), type(value).__name__)


def main():
    show("geometric_mean", geometric_mean([54, 24, 36]))
    show("geometric_mean floats", geometric_mean([1.5, 2.25, 8.0, 0.125]))
    show("harmonic_mean", harmonic_mean([40, 60]))
    show("harmonic_mean one", harmonic_mean([7]))
    show("harmonic_mean floats", harmonic_mean([2.5, 3.0, 10.0]))
    show("harmonic_mean weights", harmonic_mean([40, 60], weights=[5, 30]))
    show("harmonic_mean zero", harmonic_mean([1, 0, 3]))
    show("harmonic_mean zero weight", harmonic_mean([4, 0], weights=[1, 0]))
    show("median_grouped", median_grouped([52, 52, 53, 54]))
    show("median_grouped interval", median_grouped([1, 3, 3, 5, 7], interval=2))
    show("median_grouped floats", median_grouped([2.5, 3.5, 3.5, 4.5, 4.5, 4.5]))
    x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
    y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
    show("covariance", covariance(x, y))
    z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
    show("covariance neg", covariance(x, z))
    show("correlation", correlation(x, x))
    show("correlation neg", correlation(x, z))
    show("correlation floats", correlation([1.5, 2.0, 3.25, 4.0], [2.0, 1.0, 4.5, 3.5]))
    fit = linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 10, 11])
    print(fit)
    print(fit.slope, fit.intercept)
    print(linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 10, 11], proportional=True))
    for label, data in [("geometric zero", [1, 0, 2]), ("geometric neg", [1, -2]), ("geometric empty", [])]:
        try:
            geometric_mean(data)
        except StatisticsError as e:
            print(label, e)
    try:
        harmonic_mean([])
    except StatisticsError as e:
        print("harmonic empty", e)
    try:
        harmonic_mean([1, -2, 3])
    except StatisticsError as e:
        print("harmonic negative", e)
    try:
        harmonic_mean([1, 2], weights=[1])
    except StatisticsError as e:
        print("harmonic weights", e)
    try:
        harmonic_mean([1, 2], weights=[0, 0])
    except StatisticsError as e:
        print("harmonic zero weights", e)
    try:
        median_grouped([])
    except StatisticsError as e:
        print("grouped empty", e)
    try:
        covariance([1, 2], [1, 2, 3])
    except StatisticsError as e:
        print("covariance", e)
    try:
        covariance([1], [1])
    except StatisticsError as e:
        print("covariance", e)
    try:
        correlation([1, 2, 3], [1, 2])
    except StatisticsError as e:
        print("correlation", e)
    try:
        correlation([1], [2])
    except StatisticsError as e:
        print("correlation", e)
    try:
        correlation([1, 1, 1], [1, 2, 3])
    except StatisticsError as e:
        print("correlation", e)
    try:
        linear_regression([1, 2], [1])
    except StatisticsError as e:
        print("regression", e)
    try:
        linear_regression([1], [1])
    except StatisticsError as e:
        print("regression", e)
    try:
        linear_regression([2, 2, 2], [1, 2, 3])
    except StatisticsError as e:
        print("regression", e)


if __name__ == "__main__":
    main()
