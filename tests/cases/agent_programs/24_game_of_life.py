"""Conway's Game of Life on a bounded/toroidal grid with pattern detection."""
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, FrozenSet, Iterator, List, Tuple

Cell = Tuple[int, int]


@dataclass
class Board:
    width: int
    height: int
    alive: FrozenSet[Cell] = frozenset()
    wrap: bool = False
    generation: int = 0

    @classmethod
    def from_text(cls, text: str, wrap: bool = False, pad: int = 0) -> "Board":
        lines = [ln for ln in text.strip("\n").splitlines()]
        cells = frozenset((x + pad, y + pad) for y, ln in enumerate(lines)
                          for x, ch in enumerate(ln) if ch in "#O")
        width = max(len(ln) for ln in lines) + 2 * pad
        return cls(width, len(lines) + 2 * pad, cells, wrap)

    def neighbours(self, cell: Cell) -> Iterator[Cell]:
        x, y = cell
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                if dx == dy == 0:
                    continue
                nx, ny = x + dx, y + dy
                if self.wrap:
                    yield nx % self.width, ny % self.height
                elif 0 <= nx < self.width and 0 <= ny < self.height:
                    yield nx, ny

    def step(self) -> "Board":
        counts = Counter(n for c in self.alive for n in self.neighbours(c))
        nxt = frozenset(c for c, k in counts.items() if k == 3 or (k == 2 and c in self.alive))
        return Board(self.width, self.height, nxt, self.wrap, self.generation + 1)

    def __len__(self) -> int:
        return len(self.alive)

    def __contains__(self, cell: Cell) -> bool:
        return cell in self.alive

    def __str__(self) -> str:
        return "\n".join("".join("#" if (x, y) in self.alive else "." for x in range(self.width))
                         for y in range(self.height))

    def normalized(self) -> Tuple[Cell, ...]:
        if not self.alive:
            return ()
        mx = min(x for x, _ in self.alive)
        my = min(y for _, y in self.alive)
        return tuple(sorted((x - mx, y - my) for x, y in self.alive))


def run(board: Board, max_gens: int) -> Tuple[Board, str]:
    seen: Dict[FrozenSet[Cell], int] = {board.alive: 0}
    shapes: Dict[Tuple[Cell, ...], int] = {board.normalized(): 0}
    for _ in range(max_gens):
        board = board.step()
        if not board.alive:
            return board, f"died out at gen {board.generation}"
        if board.alive in seen:
            period = board.generation - seen[board.alive]
            kind = "still life" if period == 1 else f"oscillator (period {period})"
            return board, f"{kind} detected at gen {board.generation}"
        shape = board.normalized()
        if shape in shapes:
            return board, f"spaceship (period {board.generation - shapes[shape]}) at gen {board.generation}"
        seen[board.alive] = board.generation
        shapes[shape] = board.generation
    return board, f"still evolving after {max_gens} gens"


patterns = {
    "blinker": ("###", 1),
    "block": ("##\n##", 1),
    "glider": (".#.\n..#\n###", 3),
    "diehard-ish": ("#.\n.#", 1),
    "toad": (".###\n###.", 1),
    "r-pentomino": (".##\n##.\n.#.", 4),
}
for name, (text, pad) in patterns.items():
    b = Board.from_text(text, pad=pad)
    final, verdict = run(b, 12)
    print(f"{name:<12} start={len(b):<2} final={len(final):<2} {verdict}")

glider = Board.from_text(".#.\n..#\n###", wrap=True, pad=0)
glider = Board(6, 6, glider.alive, wrap=True)
for _ in range(4):
    glider = glider.step()
print(f"glider after 4 gens on 6x6 torus (gen {glider.generation}):")
print(glider)
print("(3, 3) in glider:", (3, 3) in glider, "| shape:", glider.normalized())
history: List[int] = []
b = Board.from_text(".##\n##.\n.#.", pad=5)
for _ in range(10):
    history.append(len(b))
    b = b.step()
print("r-pentomino population:", history)
