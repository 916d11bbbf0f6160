from typing import List, Dict, Tuple


class Poly:
    def __init__(self, coeffs: List[int]):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]

    @classmethod
    def from_roots(cls, *roots: int) -> "Poly":
        p = cls([1])
        for r in roots:
            p = p * cls([-r, 1])
        return p

    @property
    def degree(self) -> int:
        return len(self.c) - 1

    def __call__(self, x):
        acc = 0
        for coef in reversed(self.c):
            acc = acc * x + coef
        return acc

    def __add__(self, o):
        o = o if isinstance(o, Poly) else Poly([o])
        n = max(len(self.c), len(o.c))
        return Poly([(self.c[i] if i < len(self.c) else 0) + (o.c[i] if i < len(o.c) else 0) for i in range(n)])

    __radd__ = __add__

    def __neg__(self):
        return Poly([-x for x in self.c])

    def __sub__(self, o):
        return self + (-o if isinstance(o, Poly) else Poly([-o]))

    def __mul__(self, o):
        if not isinstance(o, Poly):
            return Poly([x * o for x in self.c])
        out = [0] * (len(self.c) + len(o.c) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(o.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __pow__(self, n: int):
        result = Poly([1])
        for _ in range(n):
            result = result * self
        return result

    def __eq__(self, o):
        return isinstance(o, Poly) and self.c == o.c

    def __hash__(self):
        return hash(tuple(self.c))

    def derivative(self) -> "Poly":
        return Poly([i * self.c[i] for i in range(1, len(self.c))])

    def __str__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and self.degree > 0:
                continue
            sign = "-" if a < 0 else "+"
            mag = abs(a)
            body = {0: f"{mag}", 1: f"{'' if mag == 1 else mag}x"}.get(i, f"{'' if mag == 1 else mag}x^{i}")
            terms.append((sign, body))
        first_sign, first = terms[0]
        s = ("-" if first_sign == "-" else "") + first
        for sign, body in terms[1:]:
            s += f" {sign} {body}"
        return s

    def __repr__(self):
        return f"Poly({self.c})"


p = Poly([1, -3, 0, 2])
q = Poly([0, 1, 1])
print("p =", p, "| degree", p.degree, "| repr", repr(p))
print("q =", q)
print("p + q =", p + q)
print("p - q =", p - q)
print("p * q =", p * q)
print("3 * q =", 3 * q, "| q + 5 =", q + 5, "| 5 + q =", 5 + q)
print("q ** 3 =", q ** 3)
print("p' =", p.derivative(), "p'' =", p.derivative().derivative())
print("p(x) for x in -2..2:", [p(x) for x in range(-2, 3)])
r = Poly.from_roots(1, -2, 3)
print("from roots 1,-2,3:", r, "| values at roots:", [r(x) for x in (1, -2, 3)])
print("equal:", Poly([1, 2, 0, 0]) == Poly([1, 2]), "zero:", Poly([0, 0]), "degree", Poly([0]).degree)
print("unique polys:", len({Poly([1, 2]), Poly([1, 2, 0]), Poly([2, 1])}))
print("(x+1)^5 coefficients:", (Poly([1, 1]) ** 5).c)
x = Poly([0, 1])
expr = 2 * x ** 3 - 4 * x + 7
print("expr:", expr, "| expr(1.5) =", expr(1.5))
ps = [Poly([1, 1]), Poly([0, 0, 1]), Poly([5]), Poly([1, 0, 0, 1])]
print("sorted by degree then value at 2:", [str(t) for t in sorted(ps, key=lambda t: (t.degree, t(2)))])
