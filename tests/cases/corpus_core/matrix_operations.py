def shape(m):
    return (len(m), len(m[0]) if m else 0)

def transpose(m):
    return [list(row) for row in zip(*m)]

def matmul(a, b):
    if shape(a)[1] != shape(b)[0]:
        raise ValueError(f"shape mismatch {shape(a)} x {shape(b)}")
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total

def show(name, m):
    print(name, shape(m))
    for row in m:
        print("  [" + " ".join(f"{x:>5}" for x in row) + "]")

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show("A", A)
show("B", B)
show("A^T", transpose(A))
show("AB", matmul(A, B))
show("BA", matmul(B, A))
try:
    matmul(A, A)
except ValueError as e:
    print("error:", e)
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det M:", det(M))
print("det I4:", det(identity(4)))
print("M*I == M:", matmul(M, identity(3)) == M)
P = M
for _ in range(2):
    P = matmul(P, M)
show("M^3", P)
print("trace:", sum(M[i][i] for i in range(3)))
scaled = [[x * 0.5 for x in row] for row in M]
print(scaled)
added = [[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(M, identity(3))]
print(added)
rot = [list(r) for r in zip(*M[::-1])]
print("rotated:", rot)
