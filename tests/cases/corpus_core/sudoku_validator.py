PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
"""

def parse(text):
    return [[0 if ch == "." else int(ch) for ch in line] for line in text.strip().splitlines()]

def candidates(grid, r, c):
    used = set(grid[r]) | {grid[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]

def valid(grid):
    units = [row for row in grid] + [list(col) for col in zip(*grid)]
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            units.append([grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)])
    for u in units:
        vals = [v for v in u if v]
        if len(vals) != len(set(vals)):
            return False
    return True

calls = 0
def solve(grid):
    global calls
    calls += 1
    best = None
    for r in range(9):
        for c in range(9):
            if grid[r][c] == 0:
                cands = candidates(grid, r, c)
                if best is None or len(cands) < len(best[2]):
                    best = (r, c, cands)
    if best is None:
        return True
    r, c, cands = best
    for d in cands:
        grid[r][c] = d
        if solve(grid):
            return True
    grid[r][c] = 0
    return False

g = parse(PUZZLE)
print("valid start:", valid(g), "blanks:", sum(row.count(0) for row in g))
print("candidates (0,2):", candidates(g, 0, 2), "(4,4):", candidates(g, 4, 4))
print("solved:", solve(g), "calls:", calls)
for i, row in enumerate(g):
    line = " ".join(str(v) for v in row)
    print(line[:5] + " | " + line[6:11] + " | " + line[12:])
    if i in (2, 5):
        print("-" * 21)
print("valid end:", valid(g), "row sums:", {sum(r) for r in g})
bad = [row[:] for row in g]
bad[0][0], bad[0][1] = bad[0][1], bad[0][0]
print("swapped valid:", valid(bad))
