sales = [
    ("2024-01", "north", "widgets", 120),
    ("2024-01", "south", "widgets", 80),
    ("2024-01", "north", "gadgets", 45),
    ("2024-02", "north", "widgets", 130),
    ("2024-02", "south", "gadgets", 60),
    ("2024-02", "east", "widgets", 20),
    ("2024-03", "south", "widgets", 95),
    ("2024-03", "east", "gadgets", 70),
    ("2024-03", "north", "gadgets", 55),
]

def group_by(rows, key_fn):
    groups = {}
    for r in rows:
        groups.setdefault(key_fn(r), []).append(r)
    return groups

by_month = group_by(sales, lambda r: r[0])
for month, rows in by_month.items():
    print(month, "total", sum(r[3] for r in rows), "rows", len(rows))

by_region_product = group_by(sales, lambda r: (r[1], r[2]))
for (region, product), rows in sorted(by_region_product.items()):
    units = [r[3] for r in rows]
    print(f"{region:>6}/{product:<8} n={len(units)} sum={sum(units):>4} mean={sum(units)/len(units):7.2f}")

regions = sorted({r[1] for r in sales})
months = sorted(by_month)
print("pivot".ljust(8) + "".join(m.rjust(9) for m in months) + "total".rjust(8))
for region in regions:
    cells = []
    for m in months:
        cells.append(sum(r[3] for r in sales if r[0] == m and r[1] == region))
    print(region.ljust(8) + "".join(str(c).rjust(9) for c in cells) + str(sum(cells)).rjust(8))

best_month = max(by_month, key=lambda m: sum(r[3] for r in by_month[m]))
print("best month:", best_month)
share = {}
grand = sum(r[3] for r in sales)
for r in sales:
    share[r[2]] = share.get(r[2], 0) + r[3]
for product, units in share.items():
    print(f"{product}: {units} ({units / grand:.1%})")
running = 0
for month in months:
    running += sum(r[3] for r in by_month[month])
    print("cumulative", month, running)
