data = [
    ("Widget", 4, 3.5),
    ("Gadget extra long", 12, 19.99),
    ("Thing", 100, 0.25),
    ("Doohickey", 7, 120.0),
]
headers = ("Item", "Qty", "Price", "Total")

rows = []
for name, qty, price in data:
    rows.append((name, str(qty), f"{price:.2f}", f"{qty * price:,.2f}"))

widths = [len(h) for h in headers]
for row in rows:
    for i, cell in enumerate(row):
        widths[i] = max(widths[i], len(cell))
print("widths:", widths)

def line(char="-", joint="+"):
    return joint + joint.join(char * (w + 2) for w in widths) + joint

def fmt_row(cells):
    parts = []
    for i, cell in enumerate(cells):
        if i == 0:
            parts.append(" " + cell.ljust(widths[i]) + " ")
        else:
            parts.append(" " + cell.rjust(widths[i]) + " ")
    return "|" + "|".join(parts) + "|"

print(line())
print(fmt_row(headers))
print(line("="))
for r in rows:
    print(fmt_row(r))
print(line())
grand = sum(q * p for _, q, p in data)
print(fmt_row(("TOTAL", str(sum(q for _, q, _ in data)), "", f"{grand:,.2f}")))
print(line())

for name, qty, price in data:
    print(name.center(20, ".") + "|" + str(qty).zfill(5) + "|" + format(price, "10.3f"))
print("abc".ljust(6, "-") + "abc".rjust(6, "-"))
print(format(1234567.891, ",.1f"), format(0.000123, ".2e"), format(42, "+d"), format(-42, " d"))
print(format(0.5, ".0%"), format(1 / 3, ".3%"))
