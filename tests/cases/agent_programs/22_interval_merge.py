"""Interval utilities: merge, intersect, free slots in a calendar of meetings."""
from dataclasses import dataclass
from typing import Iterable, Iterator, List, Optional


@dataclass(frozen=True, order=True)
class Interval:
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"invalid interval {self.start}-{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def __contains__(self, t: int) -> bool:
        return self.start <= t < self.end

    def overlaps(self, other: "Interval") -> bool:
        return self.start < other.end and other.start < self.end

    def __and__(self, other: "Interval") -> Optional["Interval"]:
        lo, hi = max(self.start, other.start), min(self.end, other.end)
        return Interval(lo, hi) if lo < hi else None

    def __or__(self, other: "Interval") -> "Interval":
        if not (self.overlaps(other) or self.end == other.start or other.end == self.start):
            raise ValueError(f"{self} and {other} are disjoint")
        return Interval(min(self.start, other.start), max(self.end, other.end))

    def __str__(self) -> str:
        return f"{fmt(self.start)}-{fmt(self.end)}"


def fmt(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def hm(text: str) -> int:
    h, m = text.split(":")
    return int(h) * 60 + int(m)


def merge(intervals: Iterable[Interval]) -> List[Interval]:
    merged: List[Interval] = []
    for iv in sorted(intervals):
        if merged and iv.start <= merged[-1].end:
            merged[-1] = merged[-1] | iv
        else:
            merged.append(iv)
    return merged


def gaps(busy: List[Interval], day: Interval, min_len: int = 0) -> Iterator[Interval]:
    cursor = day.start
    for iv in merge(busy):
        if iv.start > cursor and iv.start - cursor >= min_len:
            yield Interval(cursor, min(iv.start, day.end))
        cursor = max(cursor, iv.end)
    if day.end - cursor >= max(min_len, 1):
        yield Interval(cursor, day.end)


calendars = {
    "alice": [("09:00", "10:30"), ("12:00", "13:00"), ("10:15", "11:00"), ("15:00", "16:00")],
    "bob": [("09:30", "10:00"), ("11:30", "12:30"), ("14:00", "15:30")],
    "carol": [("08:00", "09:15"), ("13:00", "13:30"), ("16:30", "18:00")],
}
busy = {name: [Interval(hm(a), hm(b)) for a, b in slots] for name, slots in calendars.items()}
workday = Interval(hm("09:00"), hm("17:00"))

for name, ivs in busy.items():
    m = merge(ivs)
    booked = sum(len(i) for i in m)
    print(f"{name:<6} merged: {', '.join(map(str, m))}  ({booked} min booked)")

everyone = [iv for ivs in busy.values() for iv in ivs]
common_free = list(gaps(everyone, workday))
print("free for all:", [str(g) for g in common_free])
print("free >= 30 min:", [f"{g} ({len(g)}m)" for g in gaps(everyone, workday, min_len=30)])

a, b = busy["alice"][0], busy["bob"][0]
print(f"{a} & {b} = {a & b}; {a} & {busy['bob'][2]} = {a & busy['bob'][2]}")
print(f"10:00 in {a}: {hm('10:00') in a}; 10:30 in {a}: {hm('10:30') in a}")
print("sorted starts:", [fmt(i.start) for i in sorted(everyone)][:5])
print("longest meeting:", max(everyone, key=len), "| shortest:", min(everyone, key=lambda i: (len(i), i)))
for bad in [lambda: Interval(10, 5), lambda: a | busy["alice"][3]]:
    try:
        bad()
    except ValueError as exc:
        print("ValueError:", exc)
print("hashable & dedupable:", len({Interval(1, 2), Interval(1, 2), Interval(2, 3)}))
