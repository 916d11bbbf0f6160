"""Rational numbers: Fraction, exact arithmetic with ints, floats only where a float takes part."""

import math

__all__ = ["Fraction"]

_HASH_MODULUS = 2 ** 61 - 1
_HASH_INF = 314159


def _parse(text):
    """(numerator, denominator) of '3/4', '-1.5', ' 2e-3 ', '1_000', or None."""
    s = text.strip().replace("_", "") if "__" not in text else None
    if not s:
        return None
    sign = 1
    if s[0] in "+-":
        sign = -1 if s[0] == "-" else 1
        s = s[1:]
    if "/" in s:
        num, _, den = s.partition("/")
        if not (num.isdigit() and den.isdigit() and num.isascii() and den.isascii()):
            return None
        return sign * int(num), int(den)
    mantissa, exp = s, 0
    for marker in "eE":
        if marker in s:
            mantissa, _, e = s.partition(marker)
            e_digits = e[1:] if e[:1] in "+-" else e
            if not e_digits.isdigit():
                return None
            exp = int(e)
            break
    whole, dot, frac = mantissa.partition(".")
    if not (whole or frac) or (whole and not whole.isdigit()) or (frac and not frac.isdigit()):
        return None
    num = int(whole + frac or "0")
    den = 1
    exp -= len(frac)
    if exp >= 0:
        num *= 10 ** exp
    else:
        den = 10 ** -exp
    return sign * num, den


class Fraction:
    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int or isinstance(numerator, int):
                self._numerator, self._denominator = int(numerator), 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator, self._denominator = numerator._numerator, numerator._denominator
                return self
            if isinstance(numerator, float):
                if math.isnan(numerator) or math.isinf(numerator):
                    kind = "NaN" if math.isnan(numerator) else "Infinity"
                    raise (ValueError if kind == "NaN" else OverflowError)(
                        f"cannot convert {kind} to integer ratio")
                n, d = numerator.as_integer_ratio()
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError(f"Invalid literal for Fraction: {numerator!r}")
                n, d = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        else:
            num_ok = isinstance(numerator, (int, Fraction))
            den_ok = isinstance(denominator, (int, Fraction))
            if not (num_ok and den_ok):
                raise TypeError("both arguments should be Rational instances")
            if isinstance(numerator, Fraction) or isinstance(denominator, Fraction):
                a, b = Fraction(numerator), Fraction(denominator)
                n, d = a._numerator * b._denominator, a._denominator * b._numerator
            else:
                n, d = int(numerator), int(denominator)
        if d == 0:
            raise ZeroDivisionError(f"Fraction({n}, 0)")
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self._numerator, self._denominator = n // g, d // g
        return self

    @classmethod
    def _raw(cls, n, d):
        self = object.__new__(cls)
        self._numerator, self._denominator = n, d
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError(f"{cls.__name__}.from_float() only takes floats, not {f!r} ({type(f).__name__})")
        return cls(f)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def is_integer(self):
        return self._denominator == 1

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction with a denominator at most max_denominator (continued fractions)."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        bound1 = Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self):
            return bound2
        return bound1

    def __repr__(self):
        return f"{type(self).__name__}({self._numerator}, {self._denominator})"

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return f"{self._numerator}/{self._denominator}"

    def __format__(self, spec):
        # As in 3.11 (object.__format__); 3.12 added float-style specs.
        if spec:
            raise TypeError(f"unsupported format string passed to {type(self).__name__}.__format__")
        return str(self)

    # Arithmetic: with ints and Fractions exact, with floats (and complex) as floats.
    def _coerce(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction._raw(int(other), 1)
        return None

    def _binary(self, other, exact, inexact):
        o = self._coerce(other)
        if o is not None:
            return exact(self, o)
        if isinstance(other, (float, complex)):
            return inexact(float(self), other)
        return NotImplemented

    def _rbinary(self, other, exact, inexact):
        o = self._coerce(other)
        if o is not None:
            return exact(o, self)
        if isinstance(other, (float, complex)):
            return inexact(other, float(self))
        return NotImplemented

    @staticmethod
    def _add(a, b):
        return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                        a._denominator * b._denominator)

    @staticmethod
    def _sub(a, b):
        return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                        a._denominator * b._denominator)

    @staticmethod
    def _mul(a, b):
        return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)

    @staticmethod
    def _div(a, b):
        if b._numerator == 0:
            raise ZeroDivisionError(f"Fraction({a._numerator * b._denominator}, 0)")
        return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)

    @staticmethod
    def _floordiv(a, b):
        return (a._numerator * b._denominator) // (a._denominator * b._numerator)

    @staticmethod
    def _mod(a, b):
        d = a._denominator * b._denominator
        return Fraction((a._numerator * b._denominator) % (b._numerator * a._denominator), d)

    @staticmethod
    def _divmod(a, b):
        q, r = divmod(a._numerator * b._denominator, a._denominator * b._numerator)
        return q, Fraction(r, a._denominator * b._denominator)

    def __add__(self, other):
        return self._binary(other, Fraction._add, lambda x, y: x + y)

    def __radd__(self, other):
        return self._rbinary(other, Fraction._add, lambda x, y: x + y)

    def __sub__(self, other):
        return self._binary(other, Fraction._sub, lambda x, y: x - y)

    def __rsub__(self, other):
        return self._rbinary(other, Fraction._sub, lambda x, y: x - y)

    def __mul__(self, other):
        return self._binary(other, Fraction._mul, lambda x, y: x * y)

    def __rmul__(self, other):
        return self._rbinary(other, Fraction._mul, lambda x, y: x * y)

    def __truediv__(self, other):
        return self._binary(other, Fraction._div, lambda x, y: x / y)

    def __rtruediv__(self, other):
        return self._rbinary(other, Fraction._div, lambda x, y: x / y)

    def __floordiv__(self, other):
        return self._binary(other, Fraction._floordiv, lambda x, y: x // y)

    def __rfloordiv__(self, other):
        return self._rbinary(other, Fraction._floordiv, lambda x, y: x // y)

    def __mod__(self, other):
        return self._binary(other, Fraction._mod, lambda x, y: x % y)

    def __rmod__(self, other):
        return self._rbinary(other, Fraction._mod, lambda x, y: x % y)

    def __divmod__(self, other):
        return self._binary(other, Fraction._divmod, divmod)

    def __rdivmod__(self, other):
        return self._rbinary(other, Fraction._divmod, divmod)

    def __pow__(self, other):
        if isinstance(other, int) or (isinstance(other, Fraction) and other._denominator == 1):
            power = int(other) if isinstance(other, int) else other._numerator
            if power >= 0:
                return Fraction._raw(self._numerator ** power, self._denominator ** power)
            if self._numerator == 0:
                raise ZeroDivisionError(f"Fraction({self._denominator ** -power}, 0)")
            if self._numerator > 0:
                return Fraction._raw(self._denominator ** -power, self._numerator ** -power)
            return Fraction._raw((-self._denominator) ** -power, (-self._numerator) ** -power)
        if isinstance(other, (float, complex, Fraction)):
            return float(self) ** (float(other) if isinstance(other, Fraction) else other)
        return NotImplemented

    def __rpow__(self, other):
        if isinstance(other, (int, Fraction)):
            if self._denominator == 1 and self._numerator >= 0:
                return other ** self._numerator
            return Fraction(other) ** self
        if isinstance(other, (float, complex)):
            return other ** float(self)
        return NotImplemented

    def __pos__(self):
        return Fraction._raw(self._numerator, self._denominator)

    def __neg__(self):
        return Fraction._raw(-self._numerator, self._denominator)

    def __abs__(self):
        return Fraction._raw(abs(self._numerator), self._denominator)

    def __int__(self):
        if self._numerator < 0:
            return -(-self._numerator // self._denominator)
        return self._numerator // self._denominator

    __trunc__ = __int__

    def __float__(self):
        return self._numerator / self._denominator

    def __floor__(self):
        return self._numerator // self._denominator

    def __ceil__(self):
        return -(-self._numerator // self._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            result = _HASH_INF
        else:
            result = hash(hash(abs(self._numerator)) * inverse)
        result = result if self._numerator >= 0 else -result
        return -2 if result == -1 else result

    def __eq__(self, other):
        if isinstance(other, Fraction):
            return self._numerator == other._numerator and self._denominator == other._denominator
        if isinstance(other, int):
            return self._denominator == 1 and self._numerator == other
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return False
            return self == Fraction(other)
        if isinstance(other, complex):
            return other.imag == 0 and self == other.real
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, (int, Fraction)):
            o = Fraction(other)
            return op(self._numerator * o._denominator, o._numerator * self._denominator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return self._compare(Fraction(other), op)
        return NotImplemented

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __bool__(self):
        return self._numerator != 0

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return type(self), (str(self),)
