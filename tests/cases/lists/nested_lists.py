grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print("grid ok:", grid)

bad = [[0] * 3] * 3
bad[1][1] = 5
print("grid shared rows:", bad)
print("rows identical:", bad[0] is bad[2])

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print("row 1:", matrix[1])
print("elem [2][0]:", matrix[2][0])
print("column 1:", [row[1] for row in matrix])
print("diagonal:", [matrix[i][i] for i in range(3)])
transposed = [[row[i] for row in matrix] for i in range(3)]
print("transposed:", transposed)
flat = [x for row in matrix for x in row]
print("flat:", flat)
print("sum of rows:", [sum(r) for r in matrix])

deep = [1, [2, [3, [4, [5]]]]]
print("deep[1][1][1][1][0]:", deep[1][1][1][1][0])
print("deep len:", len(deep), len(deep[1]))

def depth(x):
    if not isinstance(x, list):
        return 0
    return 1 + max([depth(i) for i in x] or [0])

print("depth:", depth(deep))
print("depth empty:", depth([]))

matrix[0].append(10)
print("ragged:", matrix)
print("lens:", [len(r) for r in matrix])
m2 = [r[:] for r in matrix]
m2[0][0] = -1
print("copy independent:", matrix[0][0], m2[0][0])
