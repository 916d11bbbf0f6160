# Formatting an invoice table like an agent report
items = [("Consulting hours", 12, 150.0), ("Travel", 1, 420.5), ("Software license", 3, 99.99),
         ("Misc. supplies", 27, 1.25)]
tax_rate = 0.0825
print(f"{'Description':<20} {'Qty':>5} {'Unit':>10} {'Amount':>12}")
print("-" * 50)
subtotal = 0.0
for desc, qty, unit in items:
    amount = qty * unit
    subtotal += amount
    print(f"{desc:<20} {qty:>5d} {unit:>10,.2f} {amount:>12,.2f}")
print("-" * 50)
tax = subtotal * tax_rate
total = subtotal + tax
print(f"{'Subtotal':<37} {subtotal:>12,.2f}")
print(f"{'Tax (' + format(tax_rate, '.2%') + ')':<37} {tax:>12,.2f}")
print(f"{'TOTAL':<37} {total:>12,.2f}")
print(f"{'=' * 50}")
print(f"Items: {len(items)}, avg line: {subtotal / len(items):.3f}")
print(f"Largest line: {max(q * u for _, q, u in items):,.2f}")
