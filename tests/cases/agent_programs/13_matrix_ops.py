"""A small Matrix class with operator overloading, determinant and solving."""
from typing import Iterator, List, Sequence, Union

Number = Union[int, float]


class MatrixError(ArithmeticError):
    pass


class Matrix:
    __slots__ = ("rows", "n", "m")

    def __init__(self, data: Sequence[Sequence[Number]]):
        if not data or any(len(r) != len(data[0]) for r in data):
            raise MatrixError("ragged or empty matrix")
        self.rows: List[List[Number]] = [list(r) for r in data]
        self.n, self.m = len(data), len(data[0])

    @classmethod
    def identity(cls, n: int) -> "Matrix":
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n: int, m: int) -> "Matrix":
        return cls([[0] * m for _ in range(n)])

    @property
    def shape(self) -> tuple:
        return (self.n, self.m)

    @property
    def T(self) -> "Matrix":
        return Matrix([list(col) for col in zip(*self.rows)])

    def __getitem__(self, idx):
        match idx:
            case (int(i), int(j)):
                return self.rows[i][j]
            case int(i):
                return list(self.rows[i])
            case _:
                raise TypeError(f"bad index {idx!r}")

    def __iter__(self) -> Iterator[List[Number]]:
        return (list(r) for r in self.rows)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other: "Matrix") -> "Matrix":
        if self.shape != other.shape:
            raise MatrixError(f"shape mismatch {self.shape} + {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __neg__(self) -> "Matrix":
        return self * -1

    def __sub__(self, other: "Matrix") -> "Matrix":
        return self + (-other)

    def __mul__(self, k: Number) -> "Matrix":
        return Matrix([[k * x for x in r] for r in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other: "Matrix") -> "Matrix":
        if self.m != other.n:
            raise MatrixError(f"cannot multiply {self.shape} @ {other.shape}")
        cols = other.T.rows
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k: int) -> "Matrix":
        result, base = Matrix.identity(self.n), self
        while k:
            if k & 1:
                result = result @ base
            base, k = base @ base, k >> 1
        return result

    def det(self) -> Number:
        if self.n != self.m:
            raise MatrixError("determinant needs a square matrix")
        if self.n == 1:
            return self.rows[0][0]
        total = 0
        for j, val in enumerate(self.rows[0]):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]) if self.n > 1 else None
            total += (-1) ** j * val * minor.det()
        return total

    def __repr__(self) -> str:
        width = max(len(f"{x:g}") for r in self.rows for x in r)
        body = "\n ".join("[" + " ".join(f"{x:>{width}g}" for x in r) + "]" for r in self.rows)
        return f"[{body}]"


A = Matrix([[2, 1], [1, 3]])
B = Matrix([[0, 1], [1, 0]])
print("A =", A, sep="\n")
print("A + B =", A + B, sep="\n")
print("A @ B =", A @ B, sep="\n")
print("3 * A - B =", 3 * A - B, sep="\n")
print("A^T == A:", A.T == A, " shape:", A.shape)
fib = Matrix([[1, 1], [1, 0]]) ** 30
print("fib via matrix power: F30 =", fib[0, 1], " row 0:", fib[0])
M = Matrix([[6, 1, 1], [4, -2, 5], [2, 8, 7]])
print("det(M) =", M.det(), " det(I4) =", Matrix.identity(4).det())
print("M @ I == M:", M @ Matrix.identity(3) == M)
print("rows:", [sum(r) for r in M])
R = Matrix([[1.5, -2], [0.25, 4]])
print(R @ R)
for bad in (lambda: A + M, lambda: M @ A, lambda: Matrix([[1, 2], [3]]), lambda: Matrix([[1, 2, 3]]).det(), lambda: A["x"]):
    try:
        bad()
    except MatrixError as exc:
        print("MatrixError:", exc)
    except TypeError as exc:
        print("TypeError:", exc)
print("is ArithmeticError:", issubclass(MatrixError, ArithmeticError))
