def read_records(rows):
    for lineno, row in enumerate(rows, 1):
        fields = row.split(",")
        if len(fields) != 3:
            raise ValueError(f"line {lineno}: expected 3 fields, got {len(fields)}")
        yield fields


def to_dicts(records):
    for name, qty, price in records:
        yield {"name": name, "qty": int(qty), "price": float(price)}


rows = [
    "apple,3,0.5",
    "pear,2,0.75",
    "plum,10,0.2",
    "broken,1",
    "kiwi,4,0.3",
]

total = 0.0
for item in to_dicts(read_records(rows)):
    cost = item["qty"] * item["price"]
    total += cost
    print(f"{item['name']}: {cost:.2f} (running {total:.2f})")
print("total", total)
