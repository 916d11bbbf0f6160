MAZE = [
    "#########",
    "#S..#...#",
    "#.#.#.#.#",
    "#.#...#.#",
    "#.#####.#",
    "#...#..E#",
    "###.#.###",
    "#.......#",
    "#########",
]

def find(ch):
    for r, row in enumerate(MAZE):
        c = row.find(ch)
        if c != -1:
            return (r, c)
    raise ValueError(f"{ch} not in maze")

start, end = find("S"), find("E")
print("start", start, "end", end)

def solve_bfs():
    prev = {start: None}
    frontier = [start]
    expanded = 0
    while frontier:
        nxt = []
        for cell in frontier:
            expanded += 1
            if cell == end:
                path = []
                while cell:
                    path.append(cell)
                    cell = prev[cell]
                return path[::-1], expanded
            r, c = cell
            for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
                n = (r + dr, c + dc)
                if MAZE[n[0]][n[1]] != "#" and n not in prev:
                    prev[n] = cell
                    nxt.append(n)
        frontier = nxt
    return None, expanded

path, expanded = solve_bfs()
print("path length:", len(path) - 1, "expanded:", expanded)
print("path:", path[:6], "...")
canvas = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    canvas[r][c] = "*"
for row in canvas:
    print("".join(row))
moves = []
for (r1, c1), (r2, c2) in zip(path, path[1:]):
    moves.append({(0, 1): "R", (1, 0): "D", (0, -1): "L", (-1, 0): "U"}[(r2 - r1, c2 - c1)])
print("moves:", "".join(moves))
compressed = []
for m in moves:
    if compressed and compressed[-1][0] == m:
        compressed[-1][1] += 1
    else:
        compressed.append([m, 1])
print("compressed:", " ".join(f"{m}{n}" for m, n in compressed))
open_cells = sum(row.count(".") for row in MAZE)
print("open cells:", open_cells)
try:
    find("X")
except ValueError as e:
    print("error:", e)
