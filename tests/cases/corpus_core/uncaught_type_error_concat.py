records = [
    ("widget", 3),
    ("gadget", 10),
    ("doohickey", 7),
]

def label(name, qty):
    return name.upper() + ": " + str(qty) + " units"

def summary(rows):
    lines = []
    for name, qty in rows:
        lines.append(label(name, qty))
    return lines

for line in summary(records):
    print(line)
total = sum(q for _, q in records)
print("total units:", total)
print("report: " + total + " units in stock")
