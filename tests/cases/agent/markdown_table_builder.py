ROWS = [
    {"name": "Widget", "sku": "W-1", "price": 2.5, "stock": 120, "tags": ["tools", "small"]},
    {"name": "Gadget Pro", "sku": "G-22", "price": 19.99, "stock": 0, "tags": []},
    {"name": "Gizmo", "sku": "GZ-303", "price": 7.0, "stock": 15, "tags": ["toys"]},
    {"name": "Doohickey", "sku": "D-4", "price": 0.75, "stock": 1000, "tags": ["small", "bulk", "cheap"]},
]

def fmt(key, value):
    if key == "price":
        return f"${value:,.2f}"
    if key == "stock":
        return "out" if value == 0 else f"{value:,}"
    if isinstance(value, list):
        return ", ".join(value) if value else "-"
    return str(value)

def table(rows, columns):
    cells = [[fmt(c, r[c]) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    numeric = [all(isinstance(r[c], (int, float)) for r in rows) for c in columns]
    def line(vals):
        parts = []
        for v, w, num in zip(vals, widths, numeric):
            parts.append(v.rjust(w) if num else v.ljust(w))
        return "| " + " | ".join(parts) + " |"
    out = [line([c.title() for c in columns])]
    out.append("|" + "|".join(("-" * (w + 1) + ":") if num else ("-" * (w + 2)) for w, num in zip(widths, numeric)) + "|")
    out.extend(line(row) for row in cells)
    return "\n".join(out)

print(table(ROWS, ["name", "sku", "price", "stock"]))
print()
print(table(sorted(ROWS, key=lambda r: -r["price"]), ["name", "price", "tags"]))
print()
in_stock = [r for r in ROWS if r["stock"]]
print(table(in_stock, ["sku", "stock"]))
value = sum(r["price"] * r["stock"] for r in ROWS)
print(f"\ninventory value: ${value:,.2f}")
tag_index = {}
for r in ROWS:
    for t in r["tags"]:
        tag_index.setdefault(t, []).append(r["sku"])
for t in sorted(tag_index):
    print(f"tag {t}: {tag_index[t]}")
