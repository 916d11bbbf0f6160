"""statistics.NormalDist: a normal distribution with its pdf, cdf, inverse cdf (Wichura's
AS241 rational approximations), overlap and arithmetic with constants and other normals."""

import math


def _inv_cdf_standard(q, p):
    """The standard normal quantile for p, where q = p - 0.5 (AS241, PPND16)."""
    if abs(q) <= 0.425:
        r = 0.180625 - q * q
        num = (((((((2.5090809287301226727e+3 * r + 3.3430575583588128105e+4) * r
                    + 6.7265770927008700853e+4) * r + 4.5921953931549871457e+4) * r
                  + 1.3731693765509461125e+4) * r + 1.9715909503065514427e+3) * r
                + 1.3314166789178437745e+2) * r + 3.3871328727963666080e+0) * q
        den = (((((((5.2264952788528545610e+3 * r + 2.8729085735721942674e+4) * r
                    + 3.9307895800092710610e+4) * r + 2.1213794301586595867e+4) * r
                  + 5.3941960214247511077e+3) * r + 6.8718700749205790830e+2) * r
                + 4.2313330701600911252e+1) * r + 1.0)
        return num / den
    r = math.sqrt(-math.log(p if q <= 0.0 else 1.0 - p))
    if r <= 5.0:
        r = r - 1.6
        num = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r
                    + 2.41780725177450611770e-1) * r + 1.27045825245236838258e+0) * r
                  + 3.64784832476320460504e+0) * r + 5.76949722146069140550e+0) * r
                + 4.63033784615654529590e+0) * r + 1.42343711074968357734e+0)
        den = (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r
                    + 1.51986665636164571966e-2) * r + 1.48103976427480074590e-1) * r
                  + 6.89767334985100004550e-1) * r + 1.67638483018380384940e+0) * r
                + 2.05319162663775882187e+0) * r + 1.0)
    else:
        r = r - 5.0
        num = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r
                    + 1.24266094738807843860e-3) * r + 2.65321895265761230930e-2) * r
                  + 2.96560571828504891230e-1) * r + 1.78482653991729133580e+0) * r
                + 5.46378491116411436990e+0) * r + 6.65790464350110377720e+0)
        den = (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r
                    + 1.84631831751005468180e-5) * r + 7.86869131145613259100e-4) * r
                  + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r
                + 5.99832206555887937690e-1) * r + 1.0)
    x = num / den
    return -x if q < 0.0 else x


def make_normal_dist(StatisticsError, mean, stdev):
    """The class, bound to the statistics module's error type and estimators."""

    class NormalDist:
        "Normal distribution of a random variable"

        __slots__ = ("_mu", "_sigma")

        def __init__(self, mu=0.0, sigma=1.0):
            if sigma < 0.0:
                raise StatisticsError("sigma must be non-negative")
            self._mu = float(mu)
            self._sigma = float(sigma)

        @classmethod
        def from_samples(cls, data):
            data = list(data)
            return cls(float(mean(data)), stdev(data))

        def samples(self, n, *, seed=None):
            import random
            gauss = random.gauss if seed is None else random.Random(seed).gauss
            return [gauss(self._mu, self._sigma) for _ in range(n)]

        def pdf(self, x):
            variance = self._sigma * self._sigma
            if not variance:
                raise StatisticsError("pdf() not defined when sigma is zero")
            diff = x - self._mu
            return math.exp(diff * diff / (-2.0 * variance)) / math.sqrt(math.tau * variance)

        def cdf(self, x):
            if not self._sigma:
                raise StatisticsError("cdf() not defined when sigma is zero")
            return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * math.sqrt(2.0))))

        def inv_cdf(self, p):
            if p <= 0.0 or p >= 1.0:
                raise StatisticsError("p must be in the range 0.0 < p < 1.0")
            if self._sigma <= 0.0:
                raise StatisticsError("cdf() not defined when sigma at or below zero")
            return self._mu + _inv_cdf_standard(p - 0.5, p) * self._sigma

        def quantiles(self, n=4):
            return [self.inv_cdf(i / n) for i in range(1, n)]

        def overlap(self, other):
            if not isinstance(other, NormalDist):
                raise TypeError("Expected another NormalDist instance")
            X, Y = self, other
            if (Y._sigma, Y._mu) < (X._sigma, X._mu):
                X, Y = Y, X
            X_var, Y_var = X.variance, Y.variance
            if not X_var or not Y_var:
                raise StatisticsError("overlap() not defined when sigma is zero")
            dv = Y_var - X_var
            dm = math.fabs(Y._mu - X._mu)
            if not dv:
                return 1.0 - math.erf(dm / (2.0 * X._sigma * math.sqrt(2.0)))
            a = X._mu * Y_var - Y._mu * X_var
            b = X._sigma * Y._sigma * math.sqrt(dm * dm + dv * math.log(Y_var / X_var))
            x1 = (a + b) / dv
            x2 = (a - b) / dv
            return 1.0 - (math.fabs(Y.cdf(x1) - X.cdf(x1)) + math.fabs(Y.cdf(x2) - X.cdf(x2)))

        def zscore(self, x):
            if not self._sigma:
                raise StatisticsError("zscore() not defined when sigma is zero")
            return (x - self._mu) / self._sigma

        mean = property(lambda self: self._mu, doc="Arithmetic mean of the normal distribution.")
        median = property(lambda self: self._mu, doc="Return the median of the normal distribution")
        mode = property(lambda self: self._mu, doc="Return the mode of the normal distribution")
        stdev = property(lambda self: self._sigma, doc="Standard deviation of the normal distribution.")
        variance = property(lambda self: self._sigma * self._sigma, doc="Square of the standard deviation.")

        def __add__(x1, x2):
            if isinstance(x2, NormalDist):
                return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
            return NormalDist(x1._mu + x2, x1._sigma)

        def __sub__(x1, x2):
            if isinstance(x2, NormalDist):
                return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
            return NormalDist(x1._mu - x2, x1._sigma)

        def __mul__(x1, x2):
            return NormalDist(x1._mu * x2, x1._sigma * math.fabs(x2))

        def __truediv__(x1, x2):
            return NormalDist(x1._mu / x2, x1._sigma / math.fabs(x2))

        def __pos__(x1):
            return NormalDist(x1._mu, x1._sigma)

        def __neg__(x1):
            return NormalDist(-x1._mu, x1._sigma)

        __radd__ = __add__

        def __rsub__(x1, x2):
            return -(x1 - x2)

        __rmul__ = __mul__

        def __eq__(x1, x2):
            if not isinstance(x2, NormalDist):
                return NotImplemented
            return x1._mu == x2._mu and x1._sigma == x2._sigma

        def __hash__(self):
            return hash((self._mu, self._sigma))

        def __repr__(self):
            return f"{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})"

    NormalDist.__module__ = "statistics"
    return NormalDist
