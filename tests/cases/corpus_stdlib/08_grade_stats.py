"""Assign letter grades with bisect and summarize with statistics."""
import bisect
import statistics
from collections import defaultdict, Counter

BREAKPOINTS = [60, 70, 80, 90]
LETTERS = "FDCBA"

scores = {
    "alice": [88, 92, 79, 95],
    "bob": [72, 65, 80, 70],
    "carol": [95, 98, 100, 97],
    "dave": [55, 62, 48, 70],
    "erin": [81, 79, 85, 90],
    "frank": [90, 90, 89, 91],
    "grace": [],
}


def grade(score: float) -> str:
    return LETTERS[bisect.bisect(BREAKPOINTS, score)]


report = {}
for student, marks in sorted(scores.items()):
    try:
        avg = statistics.mean(marks)
    except statistics.StatisticsError as e:
        print(f"{student:<6} no scores: {type(e).__name__}: {e}")
        continue
    report[student] = avg
    print(f"{student:<6} avg={avg:6.2f} median={statistics.median(marks):5.1f} grade={grade(avg)}")

dist = Counter(grade(a) for a in report.values())
print("distribution:", dict(sorted(dist.items())))

all_marks = [m for marks in scores.values() for m in marks]
print("n:", len(all_marks))
print("mean:", round(statistics.mean(all_marks), 4))
print("median:", statistics.median(all_marks))
print("mode:", statistics.mode(all_marks))
print("multimode:", statistics.multimode(all_marks))
print("pstdev:", round(statistics.pstdev(all_marks), 4))
print("variance:", round(statistics.variance(all_marks), 4))
print("quartiles:", statistics.quantiles(all_marks, n=4))
print("deciles:", [round(q, 2) for q in statistics.quantiles(all_marks, n=10)])

buckets = defaultdict(list)
for m in all_marks:
    buckets[grade(m)].append(m)
for letter in LETTERS[::-1]:
    print(f"  {letter}: {sorted(buckets[letter])}")

ranked = sorted(report, key=report.get, reverse=True)
print("ranking:", ranked)
cut = bisect.bisect_left(sorted(report.values()), 80)
print(f"{len(report) - cut} students averaging >= 80")
sorted_marks = sorted(all_marks)
bisect.insort(sorted_marks, 85)
print("after insort 85, position:", sorted_marks.index(85), "of", len(sorted_marks))
