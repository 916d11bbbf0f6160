MAP = """
11000110
11000100
00100001
00011011
10000011
""".strip().splitlines()

grid = [list(row) for row in MAP]
rows, cols = len(grid), len(grid[0])

def fill(r, c, label):
    stack = [(r, c)]
    size = 0
    while stack:
        r, c = stack.pop()
        if grid[r][c] != "1":
            continue
        grid[r][c] = label
        size += 1
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] == "1":
                stack.append((nr, nc))
    return size

sizes = {}
label_ord = ord("a")
for r in range(rows):
    for c in range(cols):
        if grid[r][c] == "1":
            label = chr(label_ord)
            label_ord += 1
            sizes[label] = fill(r, c, label)

for row in grid:
    print("".join(row))
print("islands:", len(sizes))
print("sizes:", sizes)
print("largest:", max(sizes.items(), key=lambda kv: kv[1]))

def perimeter(label):
    p = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == label:
                for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                    nr, nc = r + dr, c + dc
                    if not (0 <= nr < rows and 0 <= nc < cols) or grid[nr][nc] != label:
                        p += 1
    return p
print({k: perimeter(k) for k in sizes})
water = sum(row.count("0") for row in grid)
print("water cells:", water, "land:", rows * cols - water)
