grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print("grid[(1, 2)]:", grid[(1, 2)])
print("grid[2, 0]:", grid[2, 0])
print("len:", len(grid))
print("(3, 3) in grid:", (3, 3) in grid)
neighbors = [(1 + dr, 1 + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]
print("neighbors of (1,1):", neighbors)
print("neighbor sum:", sum(grid[p] for p in neighbors))

edges = {("a", "b"): 5, ("b", "c"): 3, ("a", "c"): 10}
for (src, dst), w in edges.items():
    print(f"edge {src}->{dst} weight {w}")
print("reverse lookup:", edges.get(("b", "a"), "missing"))

counts = {}
pairs = [(1, 2), (2, 1), (1, 2), (3, 3), (1, 2)]
for p in pairs:
    counts[p] = counts.get(p, 0) + 1
print("pair counts:", counts)

norm = {}
for a, b in pairs:
    key = (min(a, b), max(a, b))
    norm[key] = norm.get(key, 0) + 1
print("normalized:", norm)

s = {(0, 0), (0, 1), (0, 0)}
print("set of tuples size:", len(s), sorted(s))

try:
    bad = {([1], 2): "x"}
except TypeError as e:
    print("unhashable:", type(e).__name__, e)
print("nested tuple key:", {((1, 2), 3): "ok"}[((1, 2), 3)])
