def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("zero denominator")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n = n // g
        self.d = d // g

    @staticmethod
    def _coerce(x):
        if isinstance(x, Frac):
            return x
        if isinstance(x, int):
            return Frac(x)
        return None

    def __add__(self, o):
        o = Frac._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    __radd__ = __add__
    def __sub__(self, o):
        o = Frac._coerce(o)
        if o is None:
            return NotImplemented
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __rsub__(self, o):
        return Frac._coerce(o) - self
    def __mul__(self, o):
        o = Frac._coerce(o)
        return Frac(self.n * o.n, self.d * o.d)

    __rmul__ = __mul__
    def __truediv__(self, o):
        o = Frac._coerce(o)
        return Frac(self.n * o.d, self.d * o.n)

    def __neg__(self):
        return Frac(-self.n, self.d)
    def __eq__(self, o):
        o = Frac._coerce(o)
        return o is not None and (self.n, self.d) == (o.n, o.d)

    def __lt__(self, o):
        o = Frac._coerce(o)
        return self.n * o.d < o.n * self.d

    def __hash__(self):
        return hash((self.n, self.d))

    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else f"{self.n}"

half, third = Frac(1, 2), Frac(1, 3)
print(half + third, half - third, half * third, half / third)
print(1 + half, 1 - third, 3 * third, -half)
print(sum([Frac(1, n) for n in range(1, 7)]))
print(Frac(2, 4) == half, Frac(4, 2) == 2, half == "1/2")
print(sorted([Frac(3, 4), Frac(-1, 2), third, Frac(5, 3)]))
print(len({Frac(1, 2), Frac(2, 4), Frac(3, 6), third}))
print(Frac(6, -8))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    half + 0.5
except TypeError as e:
    print("TypeError:", e)
print(max(half, third), min([Frac(7, 3), Frac(9, 4)]))
