"""Demonstrate shallow vs deep copy pitfalls when cloning nested state."""
import copy
from dataclasses import dataclass, field, replace
from typing import Dict, List


@dataclass
class Board:
    name: str
    cells: List[List[str]] = field(default_factory=lambda: [["." for _ in range(3)] for _ in range(3)])
    meta: Dict[str, List[str]] = field(default_factory=lambda: {"moves": []})

    def play(self, r: int, c: int, mark: str) -> None:
        if self.cells[r][c] != ".":
            raise ValueError(f"cell ({r},{c}) already taken by {self.cells[r][c]}")
        self.cells[r][c] = mark
        self.meta["moves"].append(f"{mark}@{r}{c}")

    def render(self) -> str:
        return " / ".join("".join(row) for row in self.cells)


base = Board("base")
base.play(1, 1, "X")

shallow = copy.copy(base)
deep = copy.deepcopy(base)
swapped = replace(base, name="replaced")

shallow.play(0, 0, "O")
deep.play(2, 2, "O")
print("base:    ", base.render(), base.meta["moves"])
print("shallow: ", shallow.render(), "shares cells:", shallow.cells is base.cells)
print("deep:    ", deep.render(), "shares cells:", deep.cells is base.cells)
print("replaced:", swapped.render(), "name:", swapped.name, "shares meta:", swapped.meta is base.meta)

try:
    deep.play(1, 1, "O")
except ValueError as e:
    print(type(e).__name__, e)

grid_bad = [[0] * 3] * 3
grid_bad[0][0] = 1
grid_good = [[0] * 3 for _ in range(3)]
grid_good[0][0] = 1
print("aliasing bug:", grid_bad, "| correct:", grid_good)

nested = {"a": [1, 2, {"b": [3]}], "c": (4, [5])}
d = copy.deepcopy(nested)
d["a"][2]["b"].append(99)
d["c"][1].append(6)
print("original:", nested)
print("deepcopy:", d)
s = dict(nested)
s["a"].append("shared!")
print("after shallow mutate:", nested["a"])

cyc = [1, 2]
cyc.append(cyc)
cyc_copy = copy.deepcopy(cyc)
print("cyclic copy ok:", cyc_copy[2] is cyc_copy, cyc_copy[2] is not cyc)


class Config:
    def __init__(self, values):
        self.values = values

    def __deepcopy__(self, memo):
        print("  custom __deepcopy__ called")
        return Config({k: v for k, v in self.values.items() if not k.startswith("_")})


cfg = Config({"host": "db", "_password": "hunter2"})
print("copied keys:", sorted(copy.deepcopy(cfg).values))
t = (1, 2, 3)
print("tuple copy is same object:", copy.copy(t) is t, copy.deepcopy(t) is t)
