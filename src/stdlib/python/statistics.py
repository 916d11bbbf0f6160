"""Averages and spread of numeric data, computed exactly (as integer fractions) and rounded
once, as CPython's statistics module does, so results agree to the last digit."""

import math
from collections import Counter


class StatisticsError(ValueError):
    pass


def _ratio(x):
    # Exact numerator/denominator of an int or float.
    if isinstance(x, bool):
        return int(x), 1
    if isinstance(x, int):
        return x, 1
    if isinstance(x, float):
        if math.isfinite(x):
            return x.as_integer_ratio()
        return x, None
    raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _exact_sum(data):
    # (result type, numerator, denominator, count); a non-finite float makes the sum that float.
    kind = int
    num, den = 0, 1
    count = 0
    special = None
    for x in data:
        count += 1
        if isinstance(x, float):
            kind = float
        elif not isinstance(x, int):
            raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")
        n, d = _ratio(x)
        if d is None:
            special = n if special is None else special + n
            continue
        num, den = num * d + n * den, den * d
        g = math.gcd(num, den)
        num, den = num // g, den // g
    return kind, num, den, count, special


def _convert(kind, num, den):
    if kind is int and num % den == 0:
        return num // den
    return num / den


def _fail_if_empty(n, name, at_least=1):
    if n < at_least:
        need = "at least one data point" if at_least == 1 else "at least two data points"
        raise StatisticsError(f"{name} requires {need}")


def mean(data):
    kind, num, den, n, special = _exact_sum(data)
    _fail_if_empty(n, "mean")
    if special is not None:
        return special
    return _convert(kind, num, den * n)


def fmean(data, weights=None):
    data = list(data)
    if weights is None:
        if not data:
            raise StatisticsError("fmean requires at least one data point")
        return math.fsum(data) / len(data)
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError("data and weights must be the same length")
    total = math.fsum(weights)
    if not total:
        raise StatisticsError("sum of weights must be non-zero")
    return math.fsum(x * w for x, w in zip(data, weights)) / total


def geometric_mean(data):
    try:
        return math.exp(fmean(math.log(x) for x in data))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") from None


def harmonic_mean(data, weights=None):
    data = list(data)
    if not data:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if weights is None:
        weights = [1] * len(data)
    elif len(weights) != len(data):
        raise StatisticsError("Number of weights does not match data size")
    for x in data:
        if x < 0:
            raise StatisticsError("harmonic mean does not support negative values")
        if x == 0:
            return 0
    # The reciprocals are floats, summed exactly, then divided once (as CPython does).
    _, num, den, _, _ = _exact_sum([w / x if w else 0 for w, x in zip(weights, data)])
    sw_num, sw_den = _ratio(sum(weights))
    if num == 0:
        raise StatisticsError("Weighted sum must be positive")
    return (sw_num * den) / (sw_den * num)


def _sorted_or_fail(data, name):
    data = sorted(data)
    if not data:
        raise StatisticsError("no median for empty data")
    return data


def median(data):
    data = _sorted_or_fail(data, "median")
    n = len(data)
    if n % 2:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = _sorted_or_fail(data, "median_low")
    n = len(data)
    return data[n // 2] if n % 2 else data[n // 2 - 1]


def median_high(data):
    data = _sorted_or_fail(data, "median_high")
    return data[len(data) // 2]


def median_grouped(data, interval=1):
    data = _sorted_or_fail(data, "median_grouped")
    n = len(data)
    x = data[n // 2]
    lo = x - interval / 2
    below = sum(1 for v in data if v < x)
    inside = sum(1 for v in data if v == x)
    return lo + interval * (n / 2 - below) / inside


def mode(data):
    counts = Counter(data).most_common(1)
    if not counts:
        raise StatisticsError("no mode for empty data")
    return counts[0][0]


def multimode(data):
    counts = Counter(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def _sum_of_squares(data, center=None):
    # (result type, exact sum of squared deviations as num/den, count).
    data = list(data)
    kind, num, den, n, special = _exact_sum(data)
    if special is not None:
        return kind, special, None, n
    if n == 0:
        return kind, 0, 1, 0
    if center is None:
        cn, cd = num, den * n
    else:
        cn, cd = _ratio(center)
    ss_num, ss_den = 0, 1
    for x in data:
        xn, xd = _ratio(x)
        # (x - c)^2 with x = xn/xd, c = cn/cd
        dn, dd = xn * cd - cn * xd, xd * cd
        sn, sd = dn * dn, dd * dd
        ss_num, ss_den = ss_num * sd + sn * ss_den, ss_den * sd
        g = math.gcd(ss_num, ss_den)
        ss_num, ss_den = ss_num // g, ss_den // g
    return kind, ss_num, ss_den, n


def _sqrt_of_fraction(num, den):
    # Correctly rounded float sqrt of num/den: an integer square root with ~55 spare bits,
    # its last bit made odd when inexact (round-to-odd), then one rounding to float.
    shift = (num.bit_length() - den.bit_length() - 109) // 2
    if shift >= 0:
        n, d = num, den << (2 * shift)
        root = math.isqrt(n // d)
        root |= root * root * d != n
        return float(root << shift)
    n, d = num << (-2 * shift), den
    root = math.isqrt(n // d)
    root |= root * root * d != n
    return root / (1 << -shift)


def variance(data, xbar=None):
    kind, ss_num, ss_den, n = _sum_of_squares(data, xbar)
    _fail_if_empty(n, "variance", 2)
    if ss_den is None:
        return float("nan")
    return _convert(kind, ss_num, ss_den * (n - 1))


def pvariance(data, mu=None):
    kind, ss_num, ss_den, n = _sum_of_squares(data, mu)
    _fail_if_empty(n, "pvariance")
    if ss_den is None:
        return float("nan")
    return _convert(kind, ss_num, ss_den * n)


def stdev(data, xbar=None):
    kind, ss_num, ss_den, n = _sum_of_squares(data, xbar)
    _fail_if_empty(n, "stdev", 2)
    if ss_den is None:
        return float("nan")
    return _sqrt_of_fraction(ss_num, ss_den * (n - 1))


def pstdev(data, mu=None):
    kind, ss_num, ss_den, n = _sum_of_squares(data, mu)
    _fail_if_empty(n, "pstdev")
    if ss_den is None:
        return float("nan")
    return _sqrt_of_fraction(ss_num, ss_den * n)


def quantiles(data, *, n=4, method="exclusive"):
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    if method == "inclusive":
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == "exclusive":
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f"Unknown method: {method!r}")


def _paired(x, y, name):
    # The means of two equally long samples of at least two points, and the co-deviation sum.
    n = len(x)
    if len(y) != n:
        raise StatisticsError(f"{name} requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError(f"{name} requires at least two data points")
    xbar, ybar = fmean(x), fmean(y)
    return n, xbar, ybar, math.fsum((a - xbar) * (b - ybar) for a, b in zip(x, y))


def correlation(x, y):
    _, xbar, ybar, sxy = _paired(x, y, "correlation")
    sxx = math.fsum((a - xbar) ** 2 for a in x)
    syy = math.fsum((b - ybar) ** 2 for b in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant") from None


def covariance(x, y):
    n, _, _, sxy = _paired(x, y, "covariance")
    return sxy / (n - 1)


from _normal_dist import make_normal_dist as _make_normal_dist  # noqa: E402 (needs the above)

NormalDist = _make_normal_dist(StatisticsError, mean, stdev)
