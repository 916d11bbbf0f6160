from typing import List, Optional, Tuple, Iterator, Set

Grid = List[List[int]]

PUZZLE = """
1.3.
3..2
.1..
..21
"""


def parse(text: str) -> Grid:
    return [[0 if ch == "." else int(ch) for ch in line] for line in text.strip().splitlines()]


def show(g: Grid) -> str:
    rows = []
    for r, row in enumerate(g):
        cells = "".join(str(v) if v else "." for v in row)
        rows.append(f"{cells[:2]}|{cells[2:]}")
        if r == 1:
            rows.append("--+--")
    return "\n".join(rows)


def candidates(g: Grid, r: int, c: int) -> Set[int]:
    n = len(g)
    box = int(n ** 0.5)
    used = set(g[r]) | {g[i][c] for i in range(n)}
    br, bc = r - r % box, c - c % box
    used |= {g[i][j] for i in range(br, br + box) for j in range(bc, bc + box)}
    return set(range(1, n + 1)) - used


def empties(g: Grid) -> Iterator[Tuple[int, int]]:
    for r, row in enumerate(g):
        for c, v in enumerate(row):
            if v == 0:
                yield r, c


steps = 0


def solve(g: Grid) -> Optional[Grid]:
    global steps
    cells = list(empties(g))
    if not cells:
        return g
    r, c = min(cells, key=lambda rc: (len(candidates(g, *rc)), rc))
    for v in sorted(candidates(g, r, c)):
        steps += 1
        g[r][c] = v
        if solve(g) is not None:
            return g
        g[r][c] = 0
    return None


def valid(g: Grid) -> bool:
    n = len(g)
    full = set(range(1, n + 1))
    rows_ok = all(set(row) == full for row in g)
    cols_ok = all({g[r][c] for r in range(n)} == full for c in range(n))
    return rows_ok and cols_ok


g = parse(PUZZLE)
print(show(g))
print("empty cells:", len(list(empties(g))))
print("candidates:")
for r, c in empties(g):
    print(f"  ({r},{c}) -> {sorted(candidates(g, r, c))}")
solved = solve([row[:] for row in g])
print("solved in", steps, "steps:")
print(show(solved))
print("valid:", valid(solved))
bad = parse("11..\n....\n....\n....")
steps = 0
print("contradictory puzzle:", solve(bad), "after", steps, "steps")
blank = [[0] * 4 for _ in range(4)]
steps = 0
sol = solve(blank)
print("blank solved:", [row for row in sol], "steps", steps, "valid", valid(sol))
print("row sums:", [sum(r) for r in sol], "diag:", [sol[i][i] for i in range(4)])
