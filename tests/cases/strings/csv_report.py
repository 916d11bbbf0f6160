# Parsing a small CSV by hand and summarising, like an agent task
raw = """region,product,units,price
north,apples,120,0.5
south,apples,80,0.55
north,pears,45,0.75
east,plums,200,0.2
south,pears,60,0.8
"""
lines = raw.strip().split("\n")
header = lines[0].split(",")
print("header:", header)
rows = []
for line in lines[1:]:
    rec = dict(zip(header, line.split(",")))
    rec["units"] = int(rec["units"])
    rec["price"] = float(rec["price"])
    rows.append(rec)
    print(rec)
by_region = {}
for r in rows:
    by_region[r["region"]] = by_region.get(r["region"], 0) + r["units"] * r["price"]
for region in sorted(by_region):
    print(region.title().ljust(8), str(round(by_region[region], 2)).rjust(8))
products = sorted({r["product"] for r in rows})
print("products:", ", ".join(products))
top = max(rows, key=lambda r: r["units"])
print("top row:", top["region"], top["product"], top["units"])
