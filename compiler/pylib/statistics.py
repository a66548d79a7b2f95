"""Basic statistics: the `statistics` standard module (CPython 3.11's results).

Written in the subset of Python that AIthon compiles, and compiled with the
program that imports it. mean, variance and the standard deviations add the
data exactly, as CPython does with Fraction: every value becomes an exact
ratio of two ints (float.as_integer_ratio), the ratios are summed with Python
ints, and only the final quotient is rounded to a float. So the results and
their types are CPython's: `mean([2, 4])` is the int 3, `mean([1, 2, 4])` is
2.3333333333333335, and a float anywhere in the data makes the result a float.

Fraction and Decimal data are added exactly as well, and the result has
their type (CPython's _coerce: ints take the other type, a float with a
Fraction gives a float, a Decimal with a float or a Fraction is a TypeError).

Differences from CPython: stdev/pstdev of Decimal data raise
`TypeError: unsupported: ...`. NormalDist.samples() takes no seed= (it draws from the
random module's generator; the compiler has no random.Random instances).
"""

import math
import random
from decimal import Decimal
from fractions import Fraction
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
        # The type of the result, as CPython's _coerce picks it: 'int', 'float', 'Fraction' or 'Decimal'.
        self.kind = 'int'
        self.nonfinite_seen = False
        self.nonfinite_total = 0.0
        self.sums_by_den = {}
        self.square_sums_by_den = {}

    def add(self, x):
        self.count += 1
        if isinstance(x, float):
            if math.isinf(x) or math.isnan(x):
                self.nonfinite_seen = True
                self.nonfinite_total = self.nonfinite_total + x
                return
            ratio = x.as_integer_ratio()
            self._coerce('float')
            self._add_ratio(ratio[0], ratio[1])
        elif isinstance(x, Fraction):
            self._coerce('Fraction')
            self._add_ratio(x.numerator, x.denominator)
        elif isinstance(x, Decimal):
            self._coerce('Decimal')
            ratio = x.as_integer_ratio()
            self._add_ratio(ratio[0], ratio[1])
        elif isinstance(x, int):
            # bool is an int subclass here too: True counts as 1.
            self._add_ratio(int(x), 1)
        else:
            raise TypeError("can't convert type '" + _type_name(x) + "' to numerator/denominator")

    def _coerce(self, kind):
        if self.kind == kind or kind == 'int':
            return
        if self.kind == 'int' or (self.kind == 'Fraction' and kind == 'float'):
            self.kind = kind
        elif not (self.kind == 'float' and kind == 'Fraction'):
            raise TypeError("don't know how to coerce %s and %s" % (self.kind, kind))

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


def _convert(num, den, kind):
    """statistics._convert: an int when all the data were ints and the ratio is
    whole, a float (int true division, correctly rounded) for ints and floats
    otherwise; a Fraction or Decimal (divided in the current context) for those."""
    if kind == 'Fraction':
        return Fraction(num, den)
    if kind == 'Decimal':
        return Decimal(num) / Decimal(den)
    if kind == 'int' and num % den == 0:
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
    return _convert(total[0], total[1] * n, acc.kind)


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
    return _convert(sum_weights[0] * total[1], sum_weights[1] * total[0], reciprocals.kind)


def _sorted_for_median(data):
    """The data sorted, for the median functions, which all need at least one value."""
    values = sorted(data)
    if not values:
        raise StatisticsError("no median for empty data")
    return values


def median(data):
    values = _sorted_for_median(data)
    n = len(values)
    if n % 2 == 1:
        return values[n // 2]
    i = n // 2
    return (values[i - 1] + values[i]) / 2


def median_low(data):
    values = _sorted_for_median(data)
    n = len(values)
    if n % 2 == 1:
        return values[n // 2]
    return values[n // 2 - 1]


def median_high(data):
    values = _sorted_for_median(data)
    n = len(values)
    return values[n // 2]


def median_grouped(data, interval=1.0):
    values = _sorted_for_median(data)
    n = len(values)
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
    return _convert(ss[0], ss[1] * (n - 1), acc.kind)


def pvariance(data, mu=None):
    found = _sum_of_square_deviations(data, mu)
    acc = found[0]
    n = acc.count
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    if acc.nonfinite_seen:
        return _nonfinite_ss(acc) / n
    ss = found[1]
    return _convert(ss[0], ss[1] * n, acc.kind)


def _stdev_of(acc, ss, divisor):
    if acc.nonfinite_seen:
        # CPython reads .numerator of the float sum here.
        raise AttributeError("'float' object has no attribute 'numerator'")
    if acc.kind == 'Decimal':
        raise TypeError('unsupported: the standard deviation of Decimal data')
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


# ------------------------------------------------------- normal distribution


def _normal_dist_inv_cdf(p, mu, sigma):
    """Wichura's algorithm AS241, as CPython's _statistics module computes it
    (the same operations in the same order, so the same floats)."""
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        num = (((((((2.5090809287301226727e+3 * r +
                     3.3430575583588128105e+4) * r +
                     6.7265770927008700853e+4) * r +
                     4.5921953931549871457e+4) * r +
                     1.3731693765509461125e+4) * r +
                     1.9715909503065514427e+3) * r +
                     1.3314166789178437745e+2) * r +
                     3.3871328727963666080e+0) * q
        den = (((((((5.2264952788528545610e+3 * r +
                     2.8729085735721942674e+4) * r +
                     3.9307895800092710610e+4) * r +
                     2.1213794301586595867e+4) * r +
                     5.3941960214247511077e+3) * r +
                     6.8718700749205790830e+2) * r +
                     4.2313330701600911252e+1) * r +
                     1.0)
        x = num / den
        return mu + (x * sigma)
    if q <= 0.0:
        r = p
    else:
        r = 1.0 - p
    r = math.sqrt(-math.log(r))
    if r <= 5.0:
        r = r - 1.6
        num = (((((((7.74545014278341407640e-4 * r +
                     2.27238449892691845833e-2) * r +
                     2.41780725177450611770e-1) * r +
                     1.27045825245236838258e+0) * r +
                     3.64784832476320460504e+0) * r +
                     5.76949722146069140550e+0) * r +
                     4.63033784615654529590e+0) * r +
                     1.42343711074968357734e+0)
        den = (((((((1.05075007164441684324e-9 * r +
                     5.47593808499534494600e-4) * r +
                     1.51986665636164571966e-2) * r +
                     1.48103976427480074590e-1) * r +
                     6.89767334985100004550e-1) * r +
                     1.67638483018380384940e+0) * r +
                     2.05319162663775882187e+0) * r +
                     1.0)
    else:
        r = r - 5.0
        num = (((((((2.01033439929228813265e-7 * r +
                     2.71155556874348757815e-5) * r +
                     1.24266094738807843860e-3) * r +
                     2.65321895265761230930e-2) * r +
                     2.96560571828504891230e-1) * r +
                     1.78482653991729133580e+0) * r +
                     5.46378491116411436990e+0) * r +
                     6.65790464350110377720e+0)
        den = (((((((2.04426310338993978564e-15 * r +
                     1.42151175831644588870e-7) * r +
                     1.84631831751005468180e-5) * r +
                     7.86869131145613259100e-4) * r +
                     1.48753612908506148525e-2) * r +
                     1.36929880922735805310e-1) * r +
                     5.99832206555887937690e-1) * r +
                     1.0)
    x = num / den
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


_SQRT2 = math.sqrt(2.0)


class NormalDist:
    "Normal distribution of a random variable"

    def __init__(self, mu=0.0, sigma=1.0):
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        found = _sum_of_square_deviations(data, None)
        acc = found[0]
        n = acc.count
        if n < 2:
            raise StatisticsError('stdev requires at least two data points')
        if acc.nonfinite_seen:
            # CPython's _mean_stdev: the mean and the sum of squares are both
            # the float sum of the infinities and NaNs there.
            special = acc.nonfinite_total
            return cls(special, special / special)
        total = acc.total()
        ss = found[1]
        mss = _reduced(ss[0], ss[1] * (n - 1))
        return cls(total[0] / (total[1] * n), _float_sqrt_of_frac(mss[0], mss[1]))

    def samples(self, n):
        mu = self._mu
        sigma = self._sigma
        return [random.gauss(mu, sigma) for i in range(n)]

    def pdf(self, x):
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

    def cdf(self, x):
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        x_dist = self
        y_dist = other
        # Sorted so that the result is the same both ways round.
        if (y_dist._sigma, y_dist._mu) < (x_dist._sigma, x_dist._mu):
            x_dist = other
            y_dist = self
        x_var = x_dist.variance
        y_var = y_dist.variance
        if not x_var or not y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = y_var - x_var
        dm = math.fabs(y_dist._mu - x_dist._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * x_dist._sigma * _SQRT2))
        a = x_dist._mu * y_var - y_dist._mu * x_var
        b = x_dist._sigma * y_dist._sigma * math.sqrt(dm * dm + dv * math.log(y_var / x_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (math.fabs(y_dist.cdf(x1) - x_dist.cdf(x1)) +
                      math.fabs(y_dist.cdf(x2) - x_dist.cdf(x2)))

    def zscore(self, x):
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        return self._mu

    @property
    def median(self):
        return self._mu

    @property
    def mode(self):
        return self._mu

    @property
    def stdev(self):
        return self._sigma

    @property
    def variance(self):
        return self._sigma * self._sigma

    def __add__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu + other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu + other, self._sigma)

    def __radd__(self, other):
        return NormalDist(self._mu + other, self._sigma)

    def __sub__(self, other):
        if isinstance(other, NormalDist):
            return NormalDist(self._mu - other._mu, math.hypot(self._sigma, other._sigma))
        return NormalDist(self._mu - other, self._sigma)

    def __rsub__(self, other):
        return NormalDist(-(self._mu - other), self._sigma)

    def __mul__(self, factor):
        return NormalDist(self._mu * factor, self._sigma * math.fabs(factor))

    def __rmul__(self, factor):
        return NormalDist(self._mu * factor, self._sigma * math.fabs(factor))

    def __truediv__(self, divisor):
        return NormalDist(self._mu / divisor, self._sigma / math.fabs(divisor))

    def __pos__(self):
        return NormalDist(self._mu, self._sigma)

    def __neg__(self):
        return NormalDist(-self._mu, self._sigma)

    def __eq__(self, other):
        return self._mu == other._mu and self._sigma == other._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return 'NormalDist(mu=' + repr(self._mu) + ', sigma=' + repr(self._sigma) + ')'
