def process_row(row):
    name, qty, price = row.split(",")
    if not name:
        raise ValueError("missing name")
    qty = int(qty)
    price = float(price)
    if qty <= 0:
        raise ValueError(f"quantity must be positive: {qty}")
    return name, qty, price, qty * price

rows = [
    "apple,3,0.5",
    "banana,x,0.25",
    ",2,1.0",
    "cherry,10,0.1",
    "date,2",
    "elderberry,-1,3.0",
    "fig,4,abc",
    "grape,12,0.05",
    "honeydew,1,2.5,extra",
]
good = []
errors = []
for lineno, row in enumerate(rows, 1):
    try:
        good.append(process_row(row))
    except ValueError as e:
        errors.append((lineno, type(e).__name__, str(e)))
    except Exception as e:
        errors.append((lineno, type(e).__name__, str(e)))

print("processed:", len(good), "failed:", len(errors))
for name, qty, price, total in good:
    print(f"  {name:<10} {qty:>3} x {price:.2f} = {total:.2f}")
print("errors:")
for lineno, kind, msg in errors:
    print(f"  line {lineno}: {kind}: {msg}")
by_kind = {}
for _, kind, _ in errors:
    by_kind[kind] = by_kind.get(kind, 0) + 1
print("by kind:", by_kind)
failure_rate = len(errors) / len(rows)
print(f"failure rate: {failure_rate:.1%}")
if failure_rate > 0.5:
    print("batch rejected")
else:
    print("batch accepted, total value", round(sum(g[3] for g in good), 2))

class_errors = []
for bad in ([1, 2], None, 42):
    try:
        process_row(bad)
    except AttributeError as e:
        class_errors.append(f"AttributeError: {e}")
print(class_errors)
