"""Simulate a survey: stratified sampling, quantiles and confidence intervals."""
import math
import random
import statistics
from collections import Counter

rng = random.Random(31337)
REGIONS = {"north": 400, "south": 250, "east": 200, "west": 150}

population = []
for region, size in REGIONS.items():
    base = {"north": 52, "south": 47, "east": 60, "west": 38}[region]
    for i in range(size):
        age = rng.randint(18, 80)
        score = min(100, max(0, round(rng.gauss(base, 12))))
        population.append({"id": f"{region[0]}{i:03d}", "region": region, "age": age, "score": score})

print("population:", len(population))
sample = rng.sample(population, 100)
print("simple sample region mix:", sorted(Counter(p["region"] for p in sample).items()))

strata = []
for region, size in REGIONS.items():
    members = [p for p in population if p["region"] == region]
    k = round(100 * size / len(population))
    strata.extend(rng.sample(members, k))
print("stratified mix:", sorted(Counter(p["region"] for p in strata).items()))

for name, group in [("population", population), ("simple", sample), ("stratified", strata)]:
    scores = [p["score"] for p in group]
    m = statistics.mean(scores)
    sd = statistics.stdev(scores)
    half = 1.96 * sd / math.sqrt(len(scores))
    print(f"{name:<11} n={len(scores):>4} mean={m:7.3f} sd={sd:6.3f} 95%CI=({m - half:.2f}, {m + half:.2f})")

scores = sorted(p["score"] for p in population)
print("quartiles:", statistics.quantiles(scores, n=4))
print("quintiles (inclusive):", statistics.quantiles(scores, n=5, method="inclusive"))
print("median_low/high:", statistics.median_low(scores[:-1]), statistics.median_high(scores[:-1]))

ages = [p["age"] for p in population]
bands = Counter(f"{(a // 10) * 10}s" for a in ages)
for band in sorted(bands):
    print(f"  {band}: {bands[band]}")
corr = statistics.correlation(ages, [p["score"] for p in population])
print("age/score correlation near zero:", abs(corr) < 0.1)
top = sorted(population, key=lambda p: (-p["score"], p["id"]))[:3]
print("top scorers:", [(p["id"], p["score"]) for p in top])
shuffled = [p["id"] for p in population[:8]]
rng.shuffle(shuffled)
print("shuffled ids:", shuffled)
