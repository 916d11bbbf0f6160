def money(x):
    return f"${x:,.2f}"

def receipt(store, lines, tax_rate, paid, width=36):
    out = []
    out.append("=" * width)
    out.append(store.upper().center(width))
    out.append("=" * width)
    subtotal = 0
    for name, qty, unit in lines:
        amount = qty * unit
        subtotal += amount
        left = f"{name[:18]:<18} {qty:>2}x"
        out.append(f"{left}{money(amount):>{width - len(left)}}")
        if qty > 1:
            out.append(f"   @ {money(unit)} each")
    tax = round(subtotal * tax_rate, 2)
    total = round(subtotal + tax, 2)
    out.append("-" * width)
    for label, val in [("Subtotal", subtotal), (f"Tax ({tax_rate:.2%})", tax), ("TOTAL", total)]:
        out.append(f"{label:<16}{money(val):>{width - 16}}")
    if paid < total:
        out.append(f"{'DUE':<16}{money(total - paid):>{width - 16}}")
    else:
        change = round(paid - total, 2)
        out.append(f"{'Paid':<16}{money(paid):>{width - 16}}")
        out.append(f"{'Change':<16}{money(change):>{width - 16}}")
        coins = {}
        cents = round(change * 100)
        for denom in (2000, 1000, 500, 100, 25, 10, 5, 1):
            coins[denom], cents = divmod(cents, denom)
        out.append("change: " + ", ".join(f"{n}x{d / 100:g}" for d, n in coins.items() if n))
    out.append("=" * width)
    return "\n".join(out)

print(receipt("Corner Deli", [("Sourdough loaf", 1, 6.5), ("Cheddar 200g", 2, 4.25),
                              ("Sparkling water extra large bottle", 3, 1.99), ("Olives", 1, 3.1)], 0.0725, 40))
print(receipt("tiny shop", [("Gum", 1, 0.99)], 0.05, 0.5, width=28))
print(receipt("Big Box", [("TV", 1, 1299.99), ("Cable", 4, 12.49)], 0.0875, 2000))
