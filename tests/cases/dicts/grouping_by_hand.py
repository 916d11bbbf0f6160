records = [
    ("fruit", "apple", 3),
    ("veg", "carrot", 5),
    ("fruit", "banana", 2),
    ("dairy", "milk", 1),
    ("veg", "pea", 9),
    ("fruit", "cherry", 7),
]
groups = {}
for cat, name, qty in records:
    if cat not in groups:
        groups[cat] = []
    groups[cat].append((name, qty))
print("groups:", groups)
for cat in groups:
    items = groups[cat]
    total = sum(q for _, q in items)
    names = ", ".join(n for n, _ in items)
    print(f"{cat}: total={total} items=[{names}]")
totals = {cat: sum(q for _, q in items) for cat, items in groups.items()}
print("totals:", totals)
best = {}
for cat, name, qty in records:
    if cat not in best or qty > best[cat][1]:
        best[cat] = (name, qty)
print("best per cat:", best)
index = {}
for i, (_, name, _) in enumerate(records):
    index[name] = i
print("index:", index)
by_first = {}
for _, name, _ in records:
    by_first.setdefault(name[0], []).append(name)
print("by first letter:", dict(sorted(by_first.items())))
