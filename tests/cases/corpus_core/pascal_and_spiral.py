def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
    return rows

tri = pascal(10)
width = len(" ".join(map(str, tri[-1])))
for row in tri:
    print(" ".join(str(x) for x in row).center(width).rstrip())
print("row sums:", [sum(r) for r in tri])
print("row 30 middle:", pascal(31)[30][15])

def spiral(matrix):
    out = []
    top, bottom, left, right = 0, len(matrix) - 1, 0, len(matrix[0]) - 1
    while top <= bottom and left <= right:
        for c in range(left, right + 1):
            out.append(matrix[top][c])
        top += 1
        for r in range(top, bottom + 1):
            out.append(matrix[r][right])
        right -= 1
        if top <= bottom:
            for c in range(right, left - 1, -1):
                out.append(matrix[bottom][c])
            bottom -= 1
        if left <= right:
            for r in range(bottom, top - 1, -1):
                out.append(matrix[r][left])
            left += 1
    return out

m = [[r * 4 + c + 1 for c in range(4)] for r in range(3)]
for row in m:
    print(row)
print("spiral:", spiral(m))
print("spiral 1x1:", spiral([[7]]), "col:", spiral([[1], [2], [3]]))

def fill_spiral(n):
    grid = [[0] * n for _ in range(n)]
    dr, dc = [0, 1, 0, -1], [1, 0, -1, 0]
    r = c = d = 0
    for v in range(1, n * n + 1):
        grid[r][c] = v
        nr, nc = r + dr[d], c + dc[d]
        if not (0 <= nr < n and 0 <= nc < n and grid[nr][nc] == 0):
            d = (d + 1) % 4
            nr, nc = r + dr[d], c + dc[d]
        r, c = nr, nc
    return grid
for row in fill_spiral(5):
    print(" ".join(f"{v:2d}" for v in row))
