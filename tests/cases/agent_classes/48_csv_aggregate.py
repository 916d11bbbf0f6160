from typing import List, Dict, Any, Callable, Iterable
from collections import defaultdict, Counter, namedtuple

RAW_CSV = """region,product,month,units,price
north,widget,2024-01,10,2.50
south,widget,2024-01,4,2.50
north,gadget,2024-01,2,12.00
north,widget,2024-02,7,2.75
south,gadget,2024-02,5,11.50
east,widget,2024-02,,2.75
east,gizmo,2024-03,3,40.00
south,widget,2024-03,12,2.75
north,gizmo,2024-03,1,42.00
west,widget,2024-03,abc,2.75
"""


def parse_csv(text: str):
    lines = [l for l in text.strip().splitlines()]
    header = lines[0].split(",")
    Row = namedtuple("Row", header)
    good, bad = [], []
    for n, line in enumerate(lines[1:], start=2):
        parts = line.split(",")
        try:
            row = Row(parts[0], parts[1], parts[2], int(parts[3]), float(parts[4]))
            good.append(row)
        except ValueError as e:
            bad.append((n, str(e)))
    return Row, good, bad


def group_by(rows: Iterable, key: Callable) -> Dict[Any, List]:
    groups = defaultdict(list)
    for r in rows:
        groups[key(r)].append(r)
    return groups


def revenue(rows) -> float:
    return sum(r.units * r.price for r in rows)


Row, rows, errors = parse_csv(RAW_CSV)
print("columns:", Row._fields)
print(f"parsed {len(rows)} rows, {len(errors)} errors")
for line_no, msg in errors:
    print(f"  line {line_no}: {msg}")

print("\nrevenue by region:")
for region, rs in sorted(group_by(rows, lambda r: r.region).items(), key=lambda kv: -revenue(kv[1])):
    print(f"  {region:<6} {revenue(rs):>8.2f}  ({len(rs)} rows)")

print("\nunits by month x product:")
pivot = defaultdict(Counter)
for r in rows:
    pivot[r.month][r.product] += r.units
products = sorted({r.product for r in rows})
print("  " + "month".ljust(8) + "".join(p.rjust(8) for p in products))
for month in sorted(pivot):
    print("  " + month.ljust(8) + "".join(str(pivot[month][p]).rjust(8) for p in products))

avg_price = {p: sum(r.price for r in rs) / len(rs) for p, rs in group_by(rows, lambda r: r.product).items()}
print("\navg price:", {k: round(v, 3) for k, v in sorted(avg_price.items())})
top = max(rows, key=lambda r: r.units * r.price)
print("top row:", top)
print("top as dict:", top._asdict())
monthly = {m: round(revenue(rs), 2) for m, rs in sorted(group_by(rows, lambda r: r.month).items())}
print("monthly revenue:", monthly)
months = list(monthly)
for a, b in zip(months, months[1:]):
    change = (monthly[b] - monthly[a]) / monthly[a]
    print(f"  {a} -> {b}: {change:+.1%}")
