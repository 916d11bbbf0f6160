"""Maintain a sorted leaderboard of ordered dataclasses with bisect.insort."""
import bisect
from dataclasses import dataclass, field, astuple, fields, replace
from functools import total_ordering, cmp_to_key
from typing import List


@dataclass(order=True, frozen=True)
class Entry:
    neg_score: int
    time_ms: int
    player: str = field(compare=True)

    @property
    def score(self) -> int:
        return -self.neg_score

    @classmethod
    def make(cls, player: str, score: int, time_ms: int) -> "Entry":
        return cls(-score, time_ms, player)


board: List[Entry] = []
SUBMISSIONS = [("zed", 900, 5400), ("amy", 1200, 6100), ("bo", 1200, 5900), ("cy", 700, 3000),
               ("dee", 1500, 8000), ("amy", 1350, 6000), ("eve", 900, 5400)]
best = {}
for player, score, t in SUBMISSIONS:
    entry = Entry.make(player, score, t)
    if player in best:
        if entry >= best[player]:
            print(f"{player}: {score} does not beat personal best {best[player].score}")
            continue
        board.remove(best[player])
    best[player] = entry
    bisect.insort(board, entry)
    print(f"{player}: inserted {score} at rank {board.index(entry) + 1}")

print("--- leaderboard ---")
for rank, e in enumerate(board, 1):
    print(f"{rank}. {e.player:<4} {e.score:>5} pts {e.time_ms / 1000:6.1f}s")

print("fields:", [f.name for f in fields(Entry)], "| tuple:", astuple(board[0]))
print("eq/lt:", Entry.make("a", 5, 1) == Entry.make("a", 5, 1), Entry.make("a", 5, 1) < Entry.make("b", 5, 1))
try:
    board[0].time_ms = 1
except AttributeError as e:
    print(type(e).__name__, e)
print("replaced:", replace(board[-1], time_ms=1))
cutoff = bisect.bisect_right(board, Entry.make("", 1000, 10 ** 9))
print("players with >= 1000 pts:", [e.player for e in board[:cutoff]])


@total_ordering
class Medal:
    ORDER = ["bronze", "silver", "gold"]

    def __init__(self, kind: str):
        self.kind = kind

    def __eq__(self, other):
        return self.kind == other.kind

    def __lt__(self, other):
        return self.ORDER.index(self.kind) < self.ORDER.index(other.kind)

    def __repr__(self):
        return f"Medal({self.kind})"


print(sorted([Medal("silver"), Medal("gold"), Medal("bronze")], reverse=True), Medal("gold") >= Medal("silver"))
print(sorted(["b10", "a2", "b9", "a10"], key=cmp_to_key(lambda x, y: (x[0] > y[0]) - (x[0] < y[0]) or int(x[1:]) - int(y[1:]))))
