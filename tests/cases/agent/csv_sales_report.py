RAW = """region,rep,product,units,price
north,alice,widget,10,2.50
south,bob,gadget,3,10.00
north,carol,widget,7,2.50
east,dave,gizmo,1,99.99
south,bob,widget,20,2.25
north,alice,gadget,2,10.00
east,erin,widget,5,2.50
west,frank,gizmo,,99.99
south,gina,gadget,4,9.50"""

def parse(text):
    lines = text.strip().splitlines()
    header = lines[0].split(",")
    rows, errors = [], []
    for lineno, line in enumerate(lines[1:], start=2):
        fields = line.split(",")
        rec = dict(zip(header, fields))
        try:
            rec["units"] = int(rec["units"])
            rec["price"] = float(rec["price"])
        except ValueError as e:
            errors.append(f"line {lineno}: {e}")
            continue
        rows.append(rec)
    return header, rows, errors

header, rows, errors = parse(RAW)
print("columns:", header)
print("parsed rows:", len(rows))
for err in errors:
    print("skipped", err)

by_region = {}
for r in rows:
    by_region.setdefault(r["region"], []).append(r)

print()
print(f"{'region':<8}{'orders':>7}{'units':>7}{'revenue':>10}")
grand = 0.0
for region in sorted(by_region):
    recs = by_region[region]
    units = sum(r["units"] for r in recs)
    revenue = sum(r["units"] * r["price"] for r in recs)
    grand += revenue
    print(f"{region:<8}{len(recs):>7}{units:>7}{revenue:>10.2f}")
print(f"{'total':<8}{len(rows):>7}{sum(r['units'] for r in rows):>7}{grand:>10.2f}")

rep_totals = {}
for r in rows:
    rep_totals[r["rep"]] = rep_totals.get(r["rep"], 0) + r["units"] * r["price"]
ranked = sorted(rep_totals.items(), key=lambda kv: (-kv[1], kv[0]))
print()
print("top reps:")
for i, (rep, total) in enumerate(ranked[:3], 1):
    print(f"  {i}. {rep} ${total:,.2f}")

products = {}
for r in rows:
    p = products.setdefault(r["product"], {"units": 0, "orders": 0})
    p["units"] += r["units"]
    p["orders"] += 1
print("products:", products)
best = max(products, key=lambda k: products[k]["units"])
print("best seller:", best, "with", products[best]["units"], "units")
