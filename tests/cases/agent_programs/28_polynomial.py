"""Polynomial arithmetic with dunder methods: add, mul, divmod, derivative, roots by bisection."""
from typing import Iterator, List, Sequence, Tuple

class Poly:
    def __init__(self, coeffs: Sequence[float] = (0,)):
        cs = list(coeffs) or [0]
        while len(cs) > 1 and cs[-1] == 0:
            cs.pop()
        self.c: Tuple[float, ...] = tuple(cs)  # c[i] is coefficient of x^i

    @classmethod
    def from_roots(cls, *roots: float) -> "Poly":
        p = cls([1])
        for r in roots:
            p = p * cls([-r, 1])
        return p

    @staticmethod
    def x() -> "Poly":
        return Poly([0, 1])

    @property
    def degree(self) -> int:
        return -1 if self.c == (0,) else len(self.c) - 1

    def __call__(self, x: float) -> float:
        return sum(coef * x ** i for i, coef in enumerate(self.c))

    def __iter__(self) -> Iterator[float]:
        return iter(self.c)

    def __len__(self) -> int:
        return len(self.c)

    def __getitem__(self, i: int) -> float:
        return self.c[i] if 0 <= i < len(self.c) else 0

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (int, float)):
            other = Poly([other])
        return isinstance(other, Poly) and self.c == other.c

    def __hash__(self) -> int:
        return hash(self.c)

    def __add__(self, other) -> "Poly":
        other = other if isinstance(other, Poly) else Poly([other])
        n = max(len(self), len(other))
        return Poly([self[i] + other[i] for i in range(n)])

    __radd__ = __add__

    def __sub__(self, other) -> "Poly":
        return self + (-1) * other

    def __mul__(self, other) -> "Poly":
        other = other if isinstance(other, Poly) else Poly([other])
        out = [0] * (len(self) + len(other) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n: int) -> "Poly":
        return Poly([1]) if n == 0 else self * self ** (n - 1)

    def __divmod__(self, d: "Poly") -> Tuple["Poly", "Poly"]:
        if d.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        rem = list(self.c)
        quot = [0] * max(len(self) - len(d) + 1, 1)
        for shift in range(len(self) - len(d), -1, -1):
            factor = rem[shift + len(d) - 1] / d.c[-1]
            quot[shift] = factor
            for i, b in enumerate(d.c):
                rem[shift + i] -= factor * b
        return Poly(quot), Poly(rem[: max(len(d) - 1, 1)])

    def derivative(self) -> "Poly":
        return Poly([i * a for i, a in enumerate(self.c)][1:] or [0])

    def __repr__(self) -> str:
        terms: List[str] = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and self.degree > 0:
                continue
            coef = "" if abs(a) == 1 and i > 0 else f"{abs(a):g}"
            var = "" if i == 0 else ("x" if i == 1 else f"x^{i}")
            terms.append(f"{'-' if a < 0 else '+'} {coef}{var}")
        s = " ".join(terms)
        return s[2:] if s.startswith("+ ") else "-" + s[2:]

def newton(p: Poly, guess: float, steps: int = 40) -> float:
    dp = p.derivative()
    for _ in range(steps):
        guess -= p(guess) / dp(guess)
    return round(guess, 6)

x = Poly.x()
p = 2 * x ** 3 - 3 * x ** 2 + x - 5
q = Poly.from_roots(1, -2, 3)
print("p =", p, "| degree", p.degree, "| q =", q, "| coefficients", list(q))
print("p + q =", p + q, "| p * (x - 1) =", p * (x - 1))
print("q' =", q.derivative(), "| q'' =", q.derivative().derivative())
print("p(2) =", p(2), " q(3) =", q(3), " q(0.5) =", q(0.5))
print("divmod(q, x - 1) =", divmod(q, x - 1))
quot, rem = divmod(p, x ** 2 + 1)
print(f"p / (x^2 + 1) = {quot} remainder {rem}")
print("roots of q:", [newton(q, g) for g in (-3.0, 0.5, 4.0)])
print("roots of x^2 - 2:", [newton(x ** 2 - 2, g) for g in (-1.0, 1.0)], "| p:", newton(p, 2.0))
print("(x+1)^5 =", (x + 1) ** 5)
print("equalities:", Poly([3]) == 3, (x - x) == 0, Poly([1, 2, 0, 0]) == Poly([1, 2]),
      "| distinct polys:", len({x + 1, 1 + x, x - 1}))
try:
    divmod(p, Poly([0]))
except ZeroDivisionError as exc:
    print("ZeroDivisionError:", exc)
