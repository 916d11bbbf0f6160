"""Merge event streams into a timeline and query it by time range."""
import bisect
import heapq
from datetime import datetime, timedelta

STREAMS = {
    "deploy": ["2024-06-01T10:00:00", "2024-06-01T14:30:00", "2024-06-02T09:15:00"],
    "alert": ["2024-06-01T10:05:30", "2024-06-01T10:07:00", "2024-06-02T09:20:00", "2024-06-02T23:59:59"],
    "backup": ["2024-06-01T02:00:00", "2024-06-02T02:00:00", "2024-06-03T02:00:00"],
}


def stream(name, stamps):
    for s in stamps:
        yield datetime.fromisoformat(s), name


timeline = list(heapq.merge(*(stream(n, s) for n, s in sorted(STREAMS.items()))))
print(f"{len(timeline)} events")
for ts, name in timeline:
    print(f"  {ts:%a %d %H:%M:%S} {name}")

times = [ts for ts, _ in timeline]


def between(start: datetime, end: datetime):
    lo = bisect.bisect_left(times, start)
    hi = bisect.bisect_right(times, end)
    return timeline[lo:hi]


window_start = datetime(2024, 6, 1, 10, 0)
hits = between(window_start, window_start + timedelta(minutes=10))
print("events in first 10 minutes of 10:00 deploy:", [n for _, n in hits])

for ts, name in timeline:
    if name != "deploy":
        continue
    alerts = [t for t, n in between(ts, ts + timedelta(minutes=15)) if n == "alert"]
    verdict = f"{len(alerts)} alert(s) within 15m -> investigate" if alerts else "clean"
    print(f"deploy at {ts.isoformat()}: {verdict}")

gaps = [(b - a, a) for a, b in zip(times, times[1:])]
longest, at = max(gaps)
print("longest quiet period:", longest, "starting", at.isoformat(sep=" "))
print("shortest gap:", min(g for g, _ in gaps))

idx = bisect.bisect(times, datetime(2024, 6, 2))
print("first event on June 2:", timeline[idx][1], timeline[idx][0].time())
per_day = {}
for ts, name in timeline:
    per_day.setdefault(ts.date().isoformat(), []).append(name)
for day, names in per_day.items():
    print(day, sorted(names))
try:
    datetime.fromisoformat("2024-06-31T00:00:00")
except ValueError as e:
    print(type(e).__name__, e)
