from typing import List, Dict, Sequence, Tuple
from collections import Counter, namedtuple

Summary = namedtuple("Summary", "n mean median mode stdev lo hi")


def mean(xs: Sequence[float]) -> float:
    return sum(xs) / len(xs)


def median(xs: Sequence[float]) -> float:
    s = sorted(xs)
    n = len(s)
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2


def mode(xs: Sequence[float]):
    c = Counter(xs)
    best = max(c.values())
    return min(x for x, n in c.items() if n == best)


def stdev(xs: Sequence[float]) -> float:
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / (len(xs) - 1)) ** 0.5


def summarize(xs: Sequence[float]) -> Summary:
    if len(xs) < 2:
        raise ValueError(f"need at least 2 values, got {len(xs)}")
    return Summary(len(xs), mean(xs), median(xs), mode(xs), stdev(xs), min(xs), max(xs))


def percentile(xs: Sequence[float], p: float) -> float:
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    f = int(k)
    c = min(f + 1, len(s) - 1)
    return s[f] + (s[c] - s[f]) * (k - f)


def histogram(xs: Sequence[float], bins: int) -> List[Tuple[float, float, int]]:
    lo, hi = min(xs), max(xs)
    width = (hi - lo) / bins
    counts = [0] * bins
    for x in xs:
        i = min(int((x - lo) / width), bins - 1)
        counts[i] += 1
    return [(lo + i * width, lo + (i + 1) * width, counts[i]) for i in range(bins)]


def correlation(xs, ys) -> float:
    mx, my = mean(xs), mean(ys)
    num = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    den = (sum((x - mx) ** 2 for x in xs) * sum((y - my) ** 2 for y in ys)) ** 0.5
    return num / den


latencies = [120, 95, 130, 110, 95, 300, 105, 98, 115, 95, 101, 250, 99, 97, 140]
s = summarize(latencies)
print(s)
print(f"mean={s.mean:.2f} median={s.median} mode={s.mode} sd={s.stdev:.3f} range={s.hi - s.lo}")
for p in (50, 90, 95, 99):
    print(f"  p{p}: {percentile(latencies, p):.1f}")
for lo, hi, n in histogram(latencies, 5):
    print(f"  {lo:6.1f}-{hi:6.1f} {'*' * n}")
outliers = [x for x in latencies if abs(x - s.mean) > 2 * s.stdev]
print("outliers:", outliers)
clean = [x for x in latencies if x not in outliers]
print("clean summary:", summarize(clean)._replace(mean=round(mean(clean), 2), stdev=round(stdev(clean), 2)))
hours = [1, 2, 3, 4, 5, 6, 7, 8]
scores = [52, 55, 61, 64, 70, 71, 79, 83]
print(f"correlation hours/scores: {correlation(hours, scores):.4f}")
print(f"correlation reversed: {correlation(hours, scores[::-1]):.4f}")
groups: Dict[str, List[int]] = {"a": [3, 5, 7], "b": [10, 10], "c": [1, 2, 3, 4, 100]}
for name, vals in groups.items():
    sm = summarize(vals)
    print(f"  group {name}: n={sm.n} mean={sm.mean:.2f} median={sm.median} sd={sm.stdev:.2f}")
for bad in ([], [42]):
    try:
        summarize(bad)
    except ValueError as e:
        print("error:", e)
