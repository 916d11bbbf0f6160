"""Pure-Python matrix helpers: multiply, determinant, transpose, power."""
import math
from functools import reduce
from itertools import product, starmap
from operator import mul
from typing import List

Matrix = List[List[float]]


def matmul(a: Matrix, b: Matrix) -> Matrix:
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    cols = list(zip(*b))
    return [[sum(starmap(mul, zip(row, col))) for col in cols] for row in a]


def identity(n: int) -> Matrix:
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]


def det(m: Matrix) -> float:
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))


def mat_pow(m: Matrix, k: int) -> Matrix:
    return reduce(matmul, [m] * k, identity(len(m)))


def show(name: str, m: Matrix) -> None:
    print(f"{name} =")
    for row in m:
        print("   [" + " ".join(f"{v:>7}" for v in row) + "]")


A = [[1, 2], [3, 4]]
B = [[0, 1], [1, 0]]
C = [[2, -1, 0], [-1, 2, -1], [0, -1, 2]]
show("A@B", matmul(A, B))
show("B@A", matmul(B, A))
show("A^5", mat_pow(A, 5))
print("det(A) =", det(A), " det(C) =", det(C))
print("transpose C == C:", [list(r) for r in zip(*C)] == C)
fib = mat_pow([[1, 1], [1, 0]], 30)
print("fib(30) via matrix:", fib[0][1])
try:
    matmul(A, C)
except ValueError as e:
    print(type(e).__name__, e)

theta = math.radians(30)
R = [[math.cos(theta), -math.sin(theta)], [math.sin(theta), math.cos(theta)]]
R12 = mat_pow(R, 12)
print("rotation^12 ~ identity:", all(math.isclose(R12[i][j], identity(2)[i][j], abs_tol=1e-9) for i, j in product(range(2), repeat=2)))
v = matmul(R, [[1], [0]])
print("rotated unit vector:", [round(x[0], 6) for x in v])
print("norm:", round(math.sqrt(sum(x[0] ** 2 for x in v)), 9))
print("product of diag:", reduce(mul, (C[i][i] for i in range(3)), 1))
print("trace:", sum(C[i][i] for i in range(3)), "frobenius:", round(math.sqrt(sum(x * x for r in C for x in r)), 6))
hilbert = [[1 / (i + j + 1) for j in range(3)] for i in range(3)]
print("hilbert det:", round(det(hilbert), 12))
