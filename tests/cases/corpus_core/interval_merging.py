def merge(intervals):
    if not intervals:
        return []
    ordered = sorted(intervals)
    merged = [list(ordered[0])]
    for start, end in ordered[1:]:
        last = merged[-1]
        if start <= last[1]:
            last[1] = max(last[1], end)
        else:
            merged.append([start, end])
    return [tuple(m) for m in merged]

def insert(intervals, new):
    return merge(intervals + [new])

def total_covered(intervals):
    return sum(e - s for s, e in merge(intervals))

def gaps(intervals, lo, hi):
    out = []
    cur = lo
    for s, e in merge(intervals):
        if s > cur:
            out.append((cur, min(s, hi)))
        cur = max(cur, e)
    if cur < hi:
        out.append((cur, hi))
    return out

cases = [
    [(1, 3), (2, 6), (8, 10), (15, 18)],
    [(1, 4), (4, 5)],
    [(5, 7), (1, 2), (2, 3), (6, 9)],
    [(1, 10), (2, 3), (4, 5)],
    [],
]
for c in cases:
    m = merge(c)
    print(f"{c} -> {m} covered={total_covered(c)}")

meetings = [(9, 10), (9.5, 11), (13, 14), (13.5, 15), (16, 17)]
busy = merge(meetings)
print("busy:", busy)
print("free 8-18:", gaps(meetings, 8, 18))
print("insert:", insert([(1, 2), (3, 5), (6, 7), (8, 10)], (4, 8)))

def min_rooms(ms):
    events = sorted([(s, 1) for s, _ in ms] + [(e, -1) for _, e in ms])
    cur = best = 0
    for _, d in events:
        cur += d
        best = max(best, cur)
    return best
print("rooms needed:", min_rooms(meetings), min_rooms([(0, 30), (5, 10), (15, 20)]))
overlaps = [(a, b) for i, a in enumerate(meetings) for b in meetings[i + 1:] if a[0] < b[1] and b[0] < a[1]]
print("overlapping pairs:", overlaps)
