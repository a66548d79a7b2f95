"""Basic statistics: the `statistics` standard module (CPython 3.11's results).

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. mean, variance and the standard deviations add the
data exactly, as CPython does with Fraction: every value becomes an exact
ratio of two ints (float.as_integer_ratio), the ratios are summed with Python
ints, and only the final quotient is rounded to a float. So the results and
their types are CPython's: `mean([2, 4])` is the int 3, `mean([1, 2, 4])` is
2.3333333333333335, and a float anywhere in the data makes the result a float.

Differences from CPython: no Fraction or Decimal data (no fractions or
decimal module); no NormalDist.
"""

import math
from bisect import bisect_left, bisect_right
from collections import Counter, namedtuple


class StatisticsError(ValueError):
    pass


# ----------------------------------------------------------- exact sums


def _gcd(a, b):
    if a < 0:
        a = -a
    if b < 0:
        b = -b
    while b:
        a, b = b, a % b
    return a


def _reduced(num, den):
    """num/den in lowest terms with a positive denominator, as Fraction keeps it."""
    if den < 0:
        num = -num
        den = -den
    g = _gcd(num, den)
    if g > 1:
        return (num // g, den // g)
    return (num, den)


def _add_ratios(n1, d1, n2, d2):
    if d1 == d2:
        return _reduced(n1 + n2, d1)
    return _reduced(n1 * d2 + n2 * d1, d1 * d2)


def _type_name(x):
    if isinstance(x, bool):
        return 'bool'
    if isinstance(x, int):
        return 'int'
    if isinstance(x, float):
        return 'float'
    if isinstance(x, str):
        return 'str'
    if isinstance(x, list):
        return 'list'
    if isinstance(x, tuple):
        return 'tuple'
    if isinstance(x, dict):
        return 'dict'
    if x is None:
        return 'NoneType'
    return 'object'


class _ExactSum:
    """The exact sum of the data (and of its squares) as ratios of ints, grouped
    by denominator as statistics._sum and _ss group them.

    Infinities and NaNs have no ratio: CPython adds them up as floats apart
    (its partials[None]) and that float becomes the result."""

    def __init__(self, with_squares):
        self.with_squares = with_squares
        self.count = 0
        self.any_float = False
        self.nonfinite_seen = False
        self.nonfinite_total = 0.0
        self.sums_by_den = {}
        self.square_sums_by_den = {}

    def add(self, x):
        self.count += 1
        if isinstance(x, float):
            self.any_float = True
            if math.isinf(x) or math.isnan(x):
                self.nonfinite_seen = True
                self.nonfinite_total = self.nonfinite_total + x
                return
            ratio = x.as_integer_ratio()
            self._add_ratio(ratio[0], ratio[1])
        elif isinstance(x, int):
            # bool is an int subclass here too: True counts as 1.
            self._add_ratio(int(x), 1)
        else:
            raise TypeError("can't convert type '" + _type_name(x) + "' to numerator/denominator")

    def _add_ratio(self, num, den):
        self.sums_by_den[den] = self.sums_by_den.get(den, 0) + num
        if self.with_squares:
            self.square_sums_by_den[den] = self.square_sums_by_den.get(den, 0) + num * num

    def total(self):
        num = 0
        den = 1
        for d, n in self.sums_by_den.items():
            total = _add_ratios(num, den, n, d)
            num = total[0]
            den = total[1]
        return (num, den)

    def square_total(self):
        num = 0
        den = 1
        for d, n in self.square_sums_by_den.items():
            total = _add_ratios(num, den, n, d * d)
            num = total[0]
            den = total[1]
        return (num, den)


def _exact_sum(data, with_squares):
    acc = _ExactSum(with_squares)
    for x in data:
        acc.add(x)
    return acc


def _convert(num, den, any_float):
    """statistics._convert: an int when all the data were ints and the ratio is
    whole, a float (int true division, correctly rounded) otherwise."""
    if not any_float and num % den == 0:
        return num // den
    return num / den


def _sum_of_square_deviations(data, c):
    """statistics._ss: (exact sum of squared deviations, count, any float), with
    the deviations taken from c, or from the exact mean when c is None."""
    if c is not None:
        deviations = _ExactSum(False)
        for x in data:
            d = x - c
            deviations.add(d * d)
        return (deviations, deviations.total())
    acc = _exact_sum(data, True)
    n = acc.count
    if n == 0 or acc.nonfinite_seen:
        return (acc, (0, 1))
    sx = acc.total()
    sxx = acc.square_total()
    # (n * sxx - sx * sx) / n
    ssd = _add_ratios(n * sxx[0], sxx[1], -(sx[0] * sx[0]), sx[1] * sx[1])
    return (acc, _reduced(ssd[0], ssd[1] * n))


def _nonfinite_ss(acc):
    """With an infinity or a NaN in the data CPython's sum of squared deviations
    is the sum of those values (statistics._ss's partials[None])."""
    return acc.nonfinite_total


# ------------------------------------------------------- square roots


def _integer_sqrt_of_frac_rto(n, m):
    """Square root of n/m, rounded to the nearest integer using round-to-odd."""
    a = math.isqrt(n // m)
    if a * a * m != n:
        a = a | 1
    return a


# 2 * sys.float_info.mant_dig + 3: the bits needed for a correctly rounded float.
_SQRT_BIT_WIDTH = 109


def _float_sqrt_of_frac(n, m):
    """Square root of n/m as a float, correctly rounded."""
    q = (n.bit_length() - m.bit_length() - _SQRT_BIT_WIDTH) // 2
    if q >= 0:
        numerator = _integer_sqrt_of_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _integer_sqrt_of_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


# ------------------------------------------------------------ averages


def mean(data):
    acc = _exact_sum(data, False)
    n = acc.count
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    if acc.nonfinite_seen:
        return acc.nonfinite_total / n
    total = acc.total()
    return _convert(total[0], total[1] * n, acc.any_float)


def fmean(data, weights=None):
    values = list(data)
    n = len(values)
    if weights is None:
        total = math.fsum(values)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    weight_values = list(weights)
    products = []
    for i in range(min(n, len(weight_values))):
        products.append(values[i] * weight_values[i])
    num = math.fsum(products)
    if n != len(weight_values):
        raise StatisticsError('data and weights must be the same length')
    den = math.fsum(weight_values)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    values = list(data)
    logs = []
    for x in values:
        # math.log's ValueError in CPython, for zero and negative values.
        if x <= 0:
            raise StatisticsError('geometric mean requires a non-empty dataset '
                                  'containing positive numbers')
        logs.append(math.log(x))
    if not logs:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers')
    return math.exp(math.fsum(logs) / len(logs))


def harmonic_mean(data, weights=None):
    errmsg = 'harmonic mean does not support negative values'
    values = list(data)
    n = len(values)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = values[0]
        if x < 0:
            raise StatisticsError(errmsg)
        return x
    if weights is None:
        weight_values = [1] * n
        sum_weights = (n, 1)
    else:
        weight_values = list(weights)
        if len(weight_values) != n:
            raise StatisticsError('Number of weights does not match data size')
        weight_sum = _ExactSum(False)
        for w in weight_values:
            if w < 0:
                raise StatisticsError(errmsg)
            weight_sum.add(w)
        sum_weights = weight_sum.total()
    reciprocals = _ExactSum(False)
    for i in range(n):
        w = weight_values[i]
        x = values[i]
        if x < 0:
            raise StatisticsError(errmsg)
        if w:
            if x == 0:
                # CPython returns 0 when a weighted value is zero.
                return 0
            reciprocals.add(w / x)
        else:
            reciprocals.add(0)
    total = reciprocals.total()
    if total[0] <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights[0] * total[1], sum_weights[1] * total[0], reciprocals.any_float)


def median(data):
    values = sorted(data)
    n = len(values)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return values[n // 2]
    i = n // 2
    return (values[i - 1] + values[i]) / 2


def median_low(data):
    values = sorted(data)
    n = len(values)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return values[n // 2]
    return values[n // 2 - 1]


def median_high(data):
    values = sorted(data)
    n = len(values)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return values[n // 2]


def median_grouped(data, interval=1.0):
    values = sorted(data)
    n = len(values)
    if not n:
        raise StatisticsError("no median for empty data")
    x = values[n // 2]
    # All the values equal to the middle one lie within values[i:j].
    i = bisect_left(values, x)
    j = bisect_right(values, x, i)
    width = float(interval)
    lower_limit = float(x) - width / 2.0
    return lower_limit + width * (n / 2 - i) / (j - i)


def mode(data):
    pairs = Counter(data).most_common(1)
    if not pairs:
        raise StatisticsError('no mode for empty data')
    return pairs[0][0]


def multimode(data):
    counts = Counter(data)
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    values = sorted(data)
    ld = len(values)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j = (i * m) // n
            delta = (i * m) % n
            result.append((values[j] * (n - delta) + values[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            # Clamp to 1 .. ld-1: the outer cut points interpolate between the
            # two smallest (largest) values rather than extrapolating.
            if j < 1:
                j = 1
            elif j > ld - 1:
                j = ld - 1
            delta = i * m - j * n
            result.append((values[j - 1] * (n - delta) + values[j] * delta) / n)
        return result
    raise ValueError('Unknown method: ' + repr(method))


# -------------------------------------------------------------- spread


def variance(data, xbar=None):
    found = _sum_of_square_deviations(data, xbar)
    acc = found[0]
    n = acc.count
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    if acc.nonfinite_seen:
        return _nonfinite_ss(acc) / (n - 1)
    ss = found[1]
    return _convert(ss[0], ss[1] * (n - 1), acc.any_float)


def pvariance(data, mu=None):
    found = _sum_of_square_deviations(data, mu)
    acc = found[0]
    n = acc.count
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    if acc.nonfinite_seen:
        return _nonfinite_ss(acc) / n
    ss = found[1]
    return _convert(ss[0], ss[1] * n, acc.any_float)


def _stdev_of(acc, ss, divisor):
    if acc.nonfinite_seen:
        # CPython reads .numerator of the float sum here.
        raise AttributeError("'float' object has no attribute 'numerator'")
    mss = _reduced(ss[0], ss[1] * divisor)
    return _float_sqrt_of_frac(mss[0], mss[1])


def stdev(data, xbar=None):
    found = _sum_of_square_deviations(data, xbar)
    acc = found[0]
    n = acc.count
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _stdev_of(acc, found[1], n - 1)


def pstdev(data, mu=None):
    found = _sum_of_square_deviations(data, mu)
    acc = found[0]
    n = acc.count
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _stdev_of(acc, found[1], n)


# ------------------------------------------------ relations between two inputs


def _deviation_products(x, y, xbar, ybar):
    return [(x[i] - xbar) * (y[i] - ybar) for i in range(len(x))]


def _square_deviations(x, xbar):
    return [(v - xbar) * (v - xbar) for v in x]


def covariance(x, y):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum(_deviation_products(x, y, xbar, ybar))
    return sxy / (n - 1)


def correlation(x, y):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum(_deviation_products(x, y, xbar, ybar))
    sxx = math.fsum(_square_deviations(x, xbar))
    syy = math.fsum(_square_deviations(y, ybar))
    root = math.sqrt(sxx * syy)
    if root == 0.0:
        raise StatisticsError('at least one of the inputs is constant')
    return sxy / root


LinearRegression = namedtuple('LinearRegression', ['slope', 'intercept'])


def linear_regression(x, y, *, proportional=False):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    xbar = 0.0
    ybar = 0.0
    if proportional:
        sxy = math.fsum([x[i] * y[i] for i in range(n)])
        sxx = math.fsum([v * v for v in x])
    else:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        sxy = math.fsum(_deviation_products(x, y, xbar, ybar))
        sxx = math.fsum(_square_deviations(x, xbar))
    if sxx == 0.0:
        raise StatisticsError('x is constant')
    slope = sxy / sxx
    if proportional:
        intercept = 0.0
    else:
        intercept = ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
