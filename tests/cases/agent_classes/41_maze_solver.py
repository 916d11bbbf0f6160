from collections import deque
from typing import List, Tuple, Optional, Dict, Iterator, NamedTuple


class Pos(NamedTuple):
    r: int
    c: int

    def __add__(self, other):
        return Pos(self.r + other[0], self.c + other[1])

    def manhattan(self, other: "Pos") -> int:
        return abs(self.r - other.r) + abs(self.c - other.c)


MAZE = """
##########
#S...#...#
#.##.#.#.#
#.#..#.#.#
#.#.##.#.#
#...#..#E#
###.#.####
#.....#..#
##########
"""

DIRS = {"N": (-1, 0), "S": (1, 0), "W": (0, -1), "E": (0, 1)}


class Maze:
    def __init__(self, text: str):
        self.grid = [list(line) for line in text.strip().splitlines()]
        self.start = self.find("S")
        self.end = self.find("E")

    def find(self, ch: str) -> Pos:
        for r, row in enumerate(self.grid):
            if ch in row:
                return Pos(r, row.index(ch))
        raise LookupError(f"{ch} not found")

    def __getitem__(self, p: Pos) -> str:
        return self.grid[p.r][p.c]

    def open_neighbors(self, p: Pos) -> Iterator[Tuple[str, Pos]]:
        for name, d in DIRS.items():
            q = p + d
            if 0 <= q.r < len(self.grid) and 0 <= q.c < len(self.grid[0]) and self[q] != "#":
                yield name, q

    def bfs(self) -> Optional[List[Pos]]:
        prev: Dict[Pos, Optional[Pos]] = {self.start: None}
        q = deque([self.start])
        while q:
            cur = q.popleft()
            if cur == self.end:
                path = []
                while cur is not None:
                    path.append(cur)
                    cur = prev[cur]
                return path[::-1]
            for _, nxt in self.open_neighbors(cur):
                if nxt not in prev:
                    prev[nxt] = cur
                    q.append(nxt)
        return None

    def directions(self, path: List[Pos]) -> str:
        out = []
        for a, b in zip(path, path[1:]):
            delta = (b.r - a.r, b.c - a.c)
            out.append(next(n for n, d in DIRS.items() if d == delta))
        return "".join(out)

    def render(self, path: List[Pos]) -> str:
        on_path = set(path[1:-1])
        return "\n".join("".join("*" if Pos(r, c) in on_path else ch for c, ch in enumerate(row))
                         for r, row in enumerate(self.grid))


def compress(moves: str) -> str:
    out, i = [], 0
    while i < len(moves):
        j = i
        while j < len(moves) and moves[j] == moves[i]:
            j += 1
        out.append(f"{j - i}{moves[i]}" if j - i > 1 else moves[i])
        i = j
    return "".join(out)


m = Maze(MAZE)
print("start", m.start, "end", m.end, "distance", m.start.manhattan(m.end))
path = m.bfs()
print("path length:", len(path) - 1)
moves = m.directions(path)
print("moves:", moves)
print("compressed:", compress(moves))
print(m.render(path))
dead_ends = [Pos(r, c) for r in range(len(m.grid)) for c in range(len(m.grid[0]))
             if m.grid[r][c] == "." and len(list(m.open_neighbors(Pos(r, c)))) == 1]
print("dead ends:", dead_ends)
m.grid[5][5] = "#"
m.grid[4][6] = "#"
print("after blocking:", m.bfs())
