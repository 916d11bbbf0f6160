"""Tiered pricing and shipping bands using bisect and accumulate."""
import bisect
import sys
from itertools import accumulate

if sys.version_info < (3, 10):
    raise SystemExit("this script needs Python 3.10+ for itertools.pairwise and bisect key=")
from itertools import pairwise
from typing import List, Tuple

# marginal tiers: units above each threshold cost the given unit price
TIER_STARTS = [0, 100, 500, 2000]
TIER_PRICES = [0.50, 0.42, 0.35, 0.28]

WEIGHT_BANDS = [0.5, 1, 2, 5, 10, 20]
WEIGHT_COST = [3.20, 4.10, 5.90, 8.75, 12.40, 19.99]


def tiered_cost(units: int) -> float:
    cost = 0.0
    bounds = TIER_STARTS + [float("inf")]
    for (lo, hi), price in zip(pairwise(bounds), TIER_PRICES):
        if units <= lo:
            break
        cost += (min(units, hi) - lo) * price
    return round(cost, 2)


def shipping(weight: float) -> float:
    i = bisect.bisect_left(WEIGHT_BANDS, weight)
    if i == len(WEIGHT_BANDS):
        raise ValueError(f"parcel of {weight}kg exceeds max band {WEIGHT_BANDS[-1]}kg")
    return WEIGHT_COST[i]


for units in [0, 50, 100, 101, 499, 500, 1999, 2500, 10000]:
    tier = bisect.bisect_right(TIER_STARTS, units - 1) if units else 0
    c = tiered_cost(units)
    avg = c / units if units else 0
    print(f"{units:>6} units -> ${c:>9.2f} (avg {avg:.4f}/unit, top tier #{tier})")

for w in [0.2, 0.5, 0.51, 1.0, 3.3, 10, 19.99, 20, 25]:
    try:
        print(f"{w:>6}kg ships for ${shipping(w):.2f}")
    except ValueError as e:
        print(f"{w:>6}kg -> {type(e).__name__}: {e}")

cum = list(accumulate(TIER_PRICES[i] * (TIER_STARTS[i + 1] - TIER_STARTS[i]) for i in range(3)))
print("cost at tier boundaries:", [round(c, 2) for c in cum], "check:", [tiered_cost(t) for t in TIER_STARTS[1:]])

orders: List[Tuple[str, int]] = [("alpha", 120), ("beta", 40), ("gamma", 800), ("delta", 2400)]
ranked = sorted(orders, key=lambda o: o[1])
keys = [q for _, q in ranked]
for probe in (30, 120, 1000, 5000):
    pos = bisect.bisect_left(keys, probe)
    bigger = [n for n, _ in ranked[pos:]]
    print(f"orders >= {probe}: {bigger}")
hist = [0] * (len(TIER_STARTS))
for _, q in orders:
    hist[bisect.bisect_right(TIER_STARTS, q) - 1] += 1
print("orders per tier:", hist)
insert_sorted: List[int] = []
for q in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort_left(insert_sorted, q)
print("insort:", insert_sorted, "| count of 5:", bisect.bisect_right(insert_sorted, 5) - bisect.bisect_left(insert_sorted, 5))
print("python ok:", sys.version_info[:1] == (3,), "| key bisect:", bisect.bisect(ranked, 800, key=lambda o: o[1]))
