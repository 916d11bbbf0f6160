# Building an aligned text table from rows
rows = [("Product", "Qty", "Unit", "Total"),
        ("Widget", 4, 3.5, None),
        ("Gadget extra", 10, 12.25, None),
        ("Thing", 1, 99.99, None)]
data = []
for name, qty, unit, _ in rows[1:]:
    data.append((name, str(qty), str(unit), str(round(qty * unit, 2))))
header = rows[0]
widths = [max(len(r[i]) for r in [header] + data) for i in range(4)]
print("widths:", widths)
sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
print(sep)
print("| " + " | ".join(h.center(w) for h, w in zip(header, widths)) + " |")
print(sep)
for r in data:
    cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
    print("| " + " | ".join(cells) + " |")
print(sep)
grand = sum(float(r[3]) for r in data)
print("grand total:", round(grand, 2))
