matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]
print("transpose:", [[row[i] for row in matrix] for i in range(3)])
print("flatten:", [x for row in matrix for x in row])
print("row sums:", [sum(row) for row in matrix])
print("doubled:", [[x * 2 for x in row] for row in matrix])
print("evens per row:", [[x for x in row if x % 2 == 0] for row in matrix])
print("identity:", [[1 if i == j else 0 for j in range(4)] for i in range(4)])
print("mult table:", [[i * j for j in range(1, 5)] for i in range(1, 5)])
def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print("matmul:", matmul(a, b))
print("a*I:", matmul(a, [[1, 0], [0, 1]]))
print("3d:", [[[i + j + k for k in range(2)] for j in range(2)] for i in range(2)])
print("chained flatten:", [y for x in [[1, [2, 3]], [[4], 5]] for y in x])
words = ["ab", "cde", "f"]
print("char grid:", [[c for c in w] for w in words])
print("max in nested:", max(x for row in matrix for x in row if x % 5))
