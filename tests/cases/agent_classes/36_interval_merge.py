from dataclasses import dataclass
from typing import List, Iterable, Optional


@dataclass(frozen=True, order=True)
class Interval:
    start: int
    end: int

    def __post_init__(self):
        if self.end < self.start:
            raise ValueError(f"bad interval [{self.start}, {self.end})")

    def __len__(self):
        return self.end - self.start

    def __contains__(self, x: int) -> bool:
        return self.start <= x < self.end

    def overlaps(self, other: "Interval") -> bool:
        return self.start < other.end and other.start < self.end

    def __and__(self, other: "Interval") -> Optional["Interval"]:
        if not self.overlaps(other):
            return None
        return Interval(max(self.start, other.start), min(self.end, other.end))

    def __or__(self, other: "Interval") -> "Interval":
        return Interval(min(self.start, other.start), max(self.end, other.end))

    def __str__(self):
        return f"[{self.start},{self.end})"


def merge(intervals: Iterable[Interval]) -> List[Interval]:
    out: List[Interval] = []
    for iv in sorted(intervals):
        if out and iv.start <= out[-1].end:
            out[-1] = out[-1] | iv
        else:
            out.append(iv)
    return out


def gaps(intervals: List[Interval], lo: int, hi: int) -> List[Interval]:
    out, cur = [], lo
    for iv in merge(intervals):
        if iv.start > cur:
            out.append(Interval(cur, min(iv.start, hi)))
        cur = max(cur, iv.end)
    if cur < hi:
        out.append(Interval(cur, hi))
    return out


def show(label: str, ivs: Iterable[Interval]):
    print(f"{label:<12}", " ".join(str(i) for i in ivs))


meetings = [Interval(9, 10), Interval(13, 15), Interval(9, 12), Interval(14, 16), Interval(17, 18), Interval(16, 17)]
show("input", meetings)
show("sorted", sorted(meetings))
m = merge(meetings)
show("merged", m)
show("free 8-19", gaps(meetings, 8, 19))
print("busy hours:", sum(len(i) for i in m), "free hours:", sum(len(i) for i in gaps(meetings, 8, 19)))
a, b = Interval(2, 8), Interval(5, 12)
print(f"{a} & {b} = {a & b}; {a} | {b} = {a | b}; disjoint & = {Interval(0, 1) & Interval(3, 4)}")
print("7 in a:", 7 in a, "8 in a:", 8 in a, "len(a):", len(a))
print("unique:", sorted(str(i) for i in {Interval(1, 2), Interval(1, 2), Interval(2, 3)}))
print("longest:", max(meetings, key=len), "earliest end:", min(meetings, key=lambda i: i.end))
calendar = {Interval(9, 10): "standup", Interval(13, 15): "review"}
print("lookup:", calendar[Interval(13, 15)], "| count overlapping 14:", sum(1 for i in meetings if 14 in i))
try:
    Interval(5, 1)
except ValueError as e:
    print("error:", e)
