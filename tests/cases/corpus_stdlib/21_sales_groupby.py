"""Aggregate sales records by region and month with itertools.groupby."""
from itertools import groupby, accumulate, chain
from operator import itemgetter
from datetime import date
from collections import namedtuple

Sale = namedtuple("Sale", "region day product units price")

SALES = [
    Sale("north", date(2024, 1, 5), "widget", 10, 2.5),
    Sale("south", date(2024, 1, 7), "gadget", 3, 10.0),
    Sale("north", date(2024, 2, 2), "widget", 7, 2.5),
    Sale("east", date(2024, 1, 20), "gizmo", 12, 4.0),
    Sale("south", date(2024, 2, 14), "widget", 20, 2.4),
    Sale("north", date(2024, 1, 28), "gadget", 1, 10.0),
    Sale("east", date(2024, 3, 3), "gadget", 5, 9.5),
    Sale("south", date(2024, 3, 9), "gizmo", 8, 4.0),
    Sale("north", date(2024, 3, 30), "widget", 15, 2.5),
]


def revenue(s: Sale) -> float:
    return round(s.units * s.price, 2)


by_region = sorted(SALES, key=lambda s: (s.region, s.day))
for region, group in groupby(by_region, key=lambda s: s.region):
    items = list(group)
    total = round(sum(map(revenue, items)), 2)
    print(f"{region:<6} {len(items)} sales, revenue {total:8.2f}")
    for month, mgroup in groupby(items, key=lambda s: s.day.strftime("%Y-%m")):
        units = sum(s.units for s in mgroup)
        print(f"    {month}: {units} units")

monthly = {}
for month, grp in groupby(sorted(SALES, key=lambda s: s.day), key=lambda s: s.day.month):
    monthly[month] = round(sum(revenue(s) for s in grp), 2)
print("monthly revenue:", monthly)
print("cumulative:", [round(x, 2) for x in accumulate(monthly.values())])

rows = sorted(((s.product, s.units) for s in SALES), key=itemgetter(0))
print("units by product:", {k: sum(u for _, u in g) for k, g in groupby(rows, key=itemgetter(0))})

print("run-length of regions in raw order:",
      [(k, len(list(g))) for k, g in groupby(s.region for s in SALES)])
print("unsorted groupby pitfall (widget appears twice):",
      [k for k, _ in groupby(s.product for s in SALES)][:5])
best = max(SALES, key=revenue)
print("best sale:", best.region, best.day.isoformat(), best.product, revenue(best))
all_products = sorted(set(chain.from_iterable([s.product] for s in SALES)))
print("products:", all_products)
print("units running:", list(accumulate((s.units for s in SALES), initial=0)))
