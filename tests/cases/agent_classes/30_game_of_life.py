from typing import Set, Tuple, Iterator, List
from collections import Counter

Cell = Tuple[int, int]


class Board:
    def __init__(self, live: Set[Cell], width: int, height: int):
        self.live = set(live)
        self.width = width
        self.height = height
        self.generation = 0

    @classmethod
    def from_text(cls, text: str) -> "Board":
        rows = text.strip("\n").splitlines()
        live = {(x, y) for y, row in enumerate(rows) for x, ch in enumerate(row) if ch == "#"}
        return cls(live, max(len(r) for r in rows), len(rows))

    def neighbors(self, c: Cell) -> Iterator[Cell]:
        x, y = c
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    yield (x + dx) % self.width, (y + dy) % self.height

    def step(self) -> "Board":
        counts = Counter(n for c in self.live for n in self.neighbors(c))
        new_live = {c for c, n in counts.items() if n == 3 or (n == 2 and c in self.live)}
        b = Board(new_live, self.width, self.height)
        b.generation = self.generation + 1
        return b

    def __len__(self):
        return len(self.live)

    def __contains__(self, c):
        return c in self.live

    def __eq__(self, other):
        return self.live == other.live

    def __str__(self):
        return "\n".join("".join("#" if (x, y) in self.live else "." for x in range(self.width))
                         for y in range(self.height))

    def bbox(self):
        if not self.live:
            return None
        xs = [x for x, _ in self.live]
        ys = [y for _, y in self.live]
        return min(xs), min(ys), max(xs), max(ys)


glider = Board.from_text("""
.#......
..#.....
###.....
........
........
........
""")
b = glider
for _ in range(5):
    print(f"gen {b.generation}: pop={len(b)} bbox={b.bbox()}")
    print(b)
    b = b.step()

blinker = Board.from_text("""
.....
..#..
..#..
..#..
.....
""")
states = [blinker]
for _ in range(4):
    states.append(states[-1].step())
print("blinker populations:", [len(s) for s in states])
print("period 2:", states[0] == states[2], "changes:", states[0] == states[1])
print("center alive each gen:", [(2, 2) in s for s in states])

b = glider
seen = []
for gen in range(40):
    key = tuple(sorted(b.live))
    if key in seen:
        print("glider pattern repeats at gen", gen, "first seen at", seen.index(key))
        break
    seen.append(key)
    b = b.step()
else:
    print("no exact repeat within 40 generations; final bbox", b.bbox())
block = Board({(1, 1), (1, 2), (2, 1), (2, 2)}, 4, 4)
print("block still life:", block.step() == block, "pop", len(block.step()))
