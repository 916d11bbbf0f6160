"""A Rational number class with full operator support, mixed numbers, and continued fractions."""
from typing import Iterator, List, Tuple, Union

Num = Union[int, "Rational"]

def gcd(a: int, b: int) -> int:
    a, b = abs(a), abs(b)
    while b:
        a, b = b, a % b
    return a

class Rational:
    __slots__ = ("num", "den")

    def __init__(self, num: int = 0, den: int = 1) -> None:
        if den == 0:
            raise ZeroDivisionError(f"Rational({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num, self.den = num // g, den // g

    @classmethod
    def from_str(cls, s: str) -> "Rational":
        if "/" in s:
            n, d = s.split("/")
            return cls(int(n), int(d))
        return cls(int(s))

    @staticmethod
    def _coerce(x: Num) -> "Rational":
        return x if isinstance(x, Rational) else Rational(x) if isinstance(x, int) else NotImplemented

    def __add__(self, o: Num) -> "Rational":
        o = self._coerce(o)
        if o is NotImplemented:
            return NotImplemented
        return Rational(self.num * o.den + o.num * self.den, self.den * o.den)

    __radd__ = __add__

    def __sub__(self, o: Num) -> "Rational":
        return self + (-1) * self._coerce(o)

    def __rsub__(self, o: Num) -> "Rational":
        return self._coerce(o) - self

    def __mul__(self, o: Num) -> "Rational":
        o = self._coerce(o)
        return Rational(self.num * o.num, self.den * o.den)

    __rmul__ = __mul__

    def __truediv__(self, o: Num) -> "Rational":
        o = self._coerce(o)
        return Rational(self.num * o.den, self.den * o.num)

    def __pow__(self, k: int) -> "Rational":
        return Rational(self.num ** k, self.den ** k) if k >= 0 else Rational(self.den ** -k, self.num ** -k)

    def __eq__(self, o: object) -> bool:
        o = self._coerce(o) if isinstance(o, (int, Rational)) else None
        return o is not None and (self.num, self.den) == (o.num, o.den)

    def __lt__(self, o: Num) -> bool:
        o = self._coerce(o)
        return self.num * o.den < o.num * self.den

    def __hash__(self) -> int:
        return hash((self.num, self.den))

    def __float__(self) -> float:
        return self.num / self.den

    def __bool__(self) -> bool:
        return self.num != 0

    def __repr__(self) -> str:
        return f"Rational({self.num}, {self.den})"

    def __str__(self) -> str:
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def mixed(self) -> str:
        whole, rem = divmod(abs(self.num), self.den)
        return f"{'-' if self.num < 0 else ''}{whole} {rem}/{self.den}" if whole and rem else str(self)

    def continued(self) -> Iterator[int]:
        n, d = self.num, self.den
        while d:
            q, r = divmod(n, d)
            yield q
            n, d = d, r

def from_continued(terms: List[int]) -> Rational:
    value = Rational(terms[-1])
    for t in reversed(terms[:-1]):
        value = t + value ** -1
    return value

a, b = Rational(3, 4), Rational.from_str("-2/6")
print(f"a={a} b={b} repr(b)={b!r} a+b={a + b} a-b={a - b} a*b={a * b} a/b={a / b} b**-3={b ** -3}")
print(f"1 - a = {1 - a}, 2 * a**-1 = {2 * a ** -1}, a + 1 = {a + 1}, float(a) = {float(a):.3f}")
h = sum(Rational(1, k) for k in range(1, 11))
print(f"H10 = {h} = {h.mixed()} ~ {float(h):.6f} | mixed(-7/2) = {Rational(-7, 2).mixed()}")
print("parsed:", [str(Rational.from_str(s)) for s in ["1/8", "-3/2", " 6/-4 ", "7"]])
values = [Rational(1, 3), Rational(-1, 2), Rational(2, 5), Rational(3, 9), Rational(0)]
print("sorted:", [str(v) for v in sorted(values)], "| max:", max(values), "| truthy:", [bool(v) for v in values])
print("unique:", len(set(values)), "| 1/3 == 3/9:", Rational(1, 3) == Rational(3, 9), "| 2 == 4/2:", 2 == Rational(4, 2))
x = Rational(415, 93)
cf = list(x.continued())
print(f"{x} continued fraction {cf} -> back: {from_continued(cf)}")
print("convergents:", ", ".join(str(from_continued(cf[:k])) for k in range(1, len(cf) + 1)))
sqrt2 = from_continued([1] + [2] * 10)
print(f"sqrt(2) ~ {sqrt2} error {abs(float(sqrt2) - 2 ** 0.5):.2e}, square-2 = {sqrt2 ** 2 - 2}")
for bad in [lambda: Rational(1, 0), lambda: a / Rational(0), lambda: a + 0.5]:
    try:
        print(bad())
    except (ZeroDivisionError, TypeError) as exc:
        print(f"{type(exc).__name__}:", exc)
