from typing import List, Iterator, Tuple


class Matrix:
    def __init__(self, rows: List[List[float]]):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n: int) -> "Matrix":
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, r: int, c: int) -> "Matrix":
        return cls([[0] * c for _ in range(r)])

    @property
    def shape(self) -> Tuple[int, int]:
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __iter__(self) -> Iterator[List[float]]:
        for r in self.rows:
            yield list(r)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other: "Matrix") -> "Matrix":
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, other):
        if isinstance(other, (int, float)):
            return Matrix([[x * other for x in r] for r in self.rows])
        return NotImplemented

    def __rmul__(self, other):
        return self.__mul__(other)

    def __matmul__(self, other: "Matrix") -> "Matrix":
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError("inner dimensions differ")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)] for i in range(n)])

    def transpose(self) -> "Matrix":
        return Matrix([list(col) for col in zip(*self.rows)])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(f"{x}") for r in self.rows for x in r)
        return "\n".join("[" + " ".join(f"{x:>{width}}" for x in r) + "]" for r in self.rows)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print("a =", repr(a))
print(a)
print("shape", a.shape, "a[1,0] =", a[1, 0])
print("a + b:\n" + str(a + b))
print("a @ b:\n" + str(a @ b))
print("2 * a:\n" + str(2 * a))
print("a * 0.5:\n" + str(a * 0.5))
print("a @ I == a:", a @ Matrix.identity(2) == a)
c = Matrix([[1, 2, 3], [4, 5, 6]])
print("c^T:\n" + str(c.transpose()))
print("c @ c^T:\n" + str(c @ c.transpose()))
z = Matrix.zeros(2, 3)
z[0, 2] = 7
z[1, 1] = -1
print("z rows:", list(z))
print("row sums:", [sum(r) for r in c])
print("col sums:", [sum(col) for col in zip(*c)])
for bad in [lambda: a + c, lambda: c @ c, lambda: Matrix([[1], [2, 3]]), lambda: a * "x"]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, "->", e)
power = Matrix.identity(2)
for i in range(5):
    power = power @ Matrix([[1, 1], [1, 0]])
    print(f"fib matrix ^{i + 1}: {power.rows}")
trace = sum(power[i, i] for i in range(2))
print("trace:", trace)
