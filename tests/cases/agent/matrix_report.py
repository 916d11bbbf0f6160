def make(rows, cols, fn):
    return [[fn(r, c) for c in range(cols)] for r in range(rows)]

def show(name, m):
    print(f"{name} ({len(m)}x{len(m[0]) if m else 0}):")
    width = max(len(str(v)) for row in m for v in row)
    for row in m:
        print("  [" + " ".join(str(v).rjust(width) for v in row) + "]")

def transpose(m):
    return [list(col) for col in zip(*m)]

def mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError(f"shape mismatch: {len(a)}x{len(a[0])} @ {len(b)}x{len(b[0])}")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def det(m):
    n = len(m)
    if n == 1:
        return m[0][0]
    if n == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(n):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total

a = make(2, 3, lambda r, c: r * 3 + c + 1)
b = make(3, 2, lambda r, c: (r + 1) * (c + 2))
show("A", a)
show("B", b)
show("A^T", transpose(a))
show("A@B", mul(a, b))
show("B@A", mul(b, a))
try:
    mul(a, a)
except ValueError as e:
    print("error:", e)
ident = make(3, 3, lambda r, c: int(r == c))
show("I", ident)
m = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det(m):", det(m))
print("det(I):", det(ident))
print("det(B@A):", det(mul(b, a)))
print("row sums:", [sum(r) for r in m])
print("col sums:", [sum(c) for c in transpose(m)])
print("trace:", sum(m[i][i] for i in range(3)))
print("max elem and position:", max((v, (r, c)) for r, row in enumerate(m) for c, v in enumerate(row)))
