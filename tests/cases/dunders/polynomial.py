class Poly:
    def __init__(self, coeffs):
        c = list(coeffs)
        while len(c) > 1 and c[-1] == 0:
            c.pop()
        self.c = c or [0]

    def __len__(self):
        return len(self.c)

    def __getitem__(self, i):
        return self.c[i] if i < len(self.c) else 0

    def __add__(self, other):
        if isinstance(other, int):
            other = Poly([other])
        n = max(len(self), len(other))
        return Poly([self[i] + other[i] for i in range(n)])

    __radd__ = __add__

    def __neg__(self):
        return Poly([-x for x in self.c])

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, other):
        if isinstance(other, int):
            return Poly([x * other for x in self.c])
        out = [0] * (len(self) + len(other) - 1)
        for i, a in enumerate(self.c):
            for j, b in enumerate(other.c):
                out[i + j] += a * b
        return Poly(out)

    __rmul__ = __mul__

    def __call__(self, x):
        return sum(coef * x ** i for i, coef in enumerate(self.c))

    def __eq__(self, other):
        return isinstance(other, Poly) and self.c == other.c

    def __repr__(self):
        terms = []
        for i in range(len(self.c) - 1, -1, -1):
            a = self.c[i]
            if a == 0 and len(self.c) > 1:
                continue
            terms.append(f"{a}" if i == 0 else f"{a}x" if i == 1 else f"{a}x^{i}")
        return " + ".join(terms)

p = Poly([1, 2])
q = Poly([-1, 0, 3])
print(p, "|", q)
print(p + q)
print(p - q)
print(p * q)
print(3 * p, p * 3)
print(5 + q, q + 5)
print(-q)
print(p(2), q(2), (p * q)(2))
print(len(p * q), (p * q)[3], (p * q)[10])
print(p - p, len(p - p))
print(p * p == Poly([1, 4, 4]))
print(sum([p, q, Poly([0, 0, 0, 1])]))
print([Poly([i, 1])(i) for i in range(4)])
