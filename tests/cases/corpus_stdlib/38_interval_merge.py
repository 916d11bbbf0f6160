"""Merge overlapping booking intervals and find free slots in a day."""
import bisect
from datetime import datetime, timedelta, time, date
from typing import List, Tuple

Interval = Tuple[datetime, datetime]
DAY = date(2024, 9, 10)


def at(hhmm: str) -> datetime:
    return datetime.combine(DAY, datetime.strptime(hhmm, "%H:%M").time())


BOOKINGS = [("09:00", "10:30"), ("10:15", "11:00"), ("13:00", "14:00"), ("13:30", "13:45"),
            ("15:00", "15:30"), ("15:30", "16:15"), ("08:00", "08:30"), ("17:45", "19:00")]


def merge(intervals: List[Interval]) -> List[Interval]:
    merged: List[Interval] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def free_slots(busy: List[Interval], open_: datetime, close: datetime, min_len: timedelta) -> List[Interval]:
    slots, cursor = [], open_
    for s, e in busy:
        if s - cursor >= min_len:
            slots.append((cursor, min(s, close)))
        cursor = max(cursor, e)
    if close - cursor >= min_len:
        slots.append((cursor, close))
    return slots


intervals = [(at(a), at(b)) for a, b in BOOKINGS]
merged = merge(intervals)
print(f"{len(intervals)} bookings merged into {len(merged)} blocks:")
for s, e in merged:
    print(f"  {s:%H:%M}-{e:%H:%M} ({int((e - s).total_seconds() // 60)} min)")

busy_total = sum((e - s for s, e in merged), timedelta())
print("busy total:", busy_total)

free = free_slots(merged, at("08:00"), at("18:00"), timedelta(minutes=30))
print("free slots >= 30m between 08:00 and 18:00:")
for s, e in free:
    print(f"  {s.strftime('%I:%M %p')} -> {e.strftime('%I:%M %p')}")

starts = [s for s, _ in merged]


def is_busy(t: datetime) -> bool:
    i = bisect.bisect_right(starts, t) - 1
    return i >= 0 and merged[i][0] <= t < merged[i][1]


for probe in ["08:15", "10:45", "12:00", "15:30", "16:15", "18:30"]:
    print(f"busy at {probe}? {is_busy(at(probe))}")

for bad in ["25:00", "9.30", "7:5"]:
    try:
        print(bad, "->", at(bad).time())
    except ValueError as e:
        print(f"bad time {bad!r}: {e}")
print("noon:", time(12).isoformat(), "| day:", DAY.strftime("%A %B %d, %Y"), "| ordinal:", DAY.toordinal())
