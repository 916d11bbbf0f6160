"""Sudoku (4x4 and 9x9) validator and backtracking solver with constraint propagation."""
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Tuple

Pos = Tuple[int, int]


class InvalidPuzzle(ValueError):
    pass


@dataclass
class Sudoku:
    grid: List[List[int]]
    box: int = field(init=False)
    size: int = field(init=False)
    steps: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        self.size = len(self.grid)
        self.box = int(self.size ** 0.5)
        if self.box * self.box != self.size or any(len(r) != self.size for r in self.grid):
            raise InvalidPuzzle(f"grid must be n^2 x n^2, got {self.size} rows")

    @classmethod
    def parse(cls, text: str) -> "Sudoku":
        rows = [[0 if ch in ".0" else int(ch) for ch in line.strip()] for line in text.strip().splitlines()]
        return cls(rows)

    def units(self) -> Iterator[Tuple[str, List[Pos]]]:
        n, b = self.size, self.box
        for i in range(n):
            yield f"row {i}", [(i, c) for c in range(n)]
            yield f"col {i}", [(r, i) for r in range(n)]
        for br in range(b):
            for bc in range(b):
                yield f"box {br},{bc}", [(br * b + r, bc * b + c) for r in range(b) for c in range(b)]

    def conflicts(self) -> List[str]:
        problems = []
        for name, cells in self.units():
            counts = Counter(self.grid[r][c] for r, c in cells if self.grid[r][c])
            problems += [f"{name} has {v} x{k}" for v, k in sorted(counts.items()) if k > 1]
        return problems

    def candidates(self, r: int, c: int) -> List[int]:
        b = self.box
        used = set(self.grid[r]) | {self.grid[i][c] for i in range(self.size)}
        br, bc = r - r % b, c - c % b
        used |= {self.grid[br + i][bc + j] for i in range(b) for j in range(b)}
        return [v for v in range(1, self.size + 1) if v not in used]

    def solve(self) -> bool:
        best: Optional[Tuple[Pos, List[int]]] = None
        for r in range(self.size):
            for c in range(self.size):
                if self.grid[r][c] == 0:
                    cands = self.candidates(r, c)
                    if best is None or len(cands) < len(best[1]):
                        best = ((r, c), cands)
                    if not cands:
                        return False
        if best is None:
            return True
        (r, c), cands = best
        for v in cands:
            self.steps += 1
            self.grid[r][c] = v
            if self.solve():
                return True
        self.grid[r][c] = 0
        return False

    def __str__(self) -> str:
        b, lines = self.box, []
        for r, row in enumerate(self.grid):
            if r and r % b == 0:
                lines.append("-" * (self.size * 2 + (b - 1) * 2 - 1))
            chunks = [" ".join(str(v or ".") for v in row[i:i + b]) for i in range(0, self.size, b)]
            lines.append(" | ".join(chunks))
        return "\n".join(lines)


small = Sudoku.parse("""
1..4
..1.
.1..
4..1
""")
print(small)
print("conflicts:", small.conflicts())
print("solved:", small.solve(), "in", small.steps, "placements")
print(small)

puzzle = Sudoku.parse("""
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79
""")
print("candidates at (0,2):", puzzle.candidates(0, 2), " at (4,4):", puzzle.candidates(4, 4))
ok = puzzle.solve()
print(f"9x9 solved={ok} with {puzzle.steps} placements; conflicts={puzzle.conflicts()}")
print(puzzle)
print("row sums:", {sum(r) for r in puzzle.grid}, "diagonal:", [puzzle.grid[i][i] for i in range(9)])

bad = Sudoku.parse("1.1.\n....\n..3.\n.3..")
print("bad puzzle conflicts:", bad.conflicts(), "| solvable:", bad.solve())
try:
    Sudoku.parse("123\n456\n789")
except InvalidPuzzle as exc:
    print("InvalidPuzzle:", exc)
