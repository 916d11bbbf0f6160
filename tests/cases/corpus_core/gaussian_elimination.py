def solve(A, b):
    n = len(A)
    M = [row[:] + [rhs] for row, rhs in zip(A, b)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(M[r][col]))
        if abs(M[pivot][col]) < 1e-12:
            raise ValueError("matrix is singular")
        if pivot != col:
            M[col], M[pivot] = M[pivot], M[col]
            print(f"  swap rows {col} and {pivot}")
        for r in range(col + 1, n):
            factor = M[r][col] / M[col][col]
            for c in range(col, n + 1):
                M[r][c] -= factor * M[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        s = sum(M[r][c] * x[c] for c in range(r + 1, n))
        x[r] = (M[r][n] - s) / M[r][r]
    return x

systems = [
    ([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3]),
    ([[1, 1], [1, -1]], [10, 2]),
    ([[0, 2, 1], [1, 1, 1], [2, 1, 0]], [5, 6, 4]),
    ([[1, 2], [2, 4]], [3, 6]),
    ([[4, -2, 1], [-2, 4, -2], [1, -2, 4]], [11, -16, 17]),
]
for A, b in systems:
    print("A =", A, "b =", b)
    try:
        x = solve(A, b)
        print("  x =", [round(v, 6) for v in x])
        residual = max(abs(sum(a * xv for a, xv in zip(row, x)) - bv) for row, bv in zip(A, b))
        print(f"  residual < 1e-9: {residual < 1e-9}")
    except ValueError as e:
        print("  error:", e)
print([round(v, 3) + 0.0 for v in solve([[3, 2], [1, 2]], [7, 5])])
