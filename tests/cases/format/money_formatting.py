# Currency formatting helpers
def money(x):
    sign = "-" if x < 0 else ""
    return f"{sign}${abs(x):,.2f}"

def compact(n):
    for unit, div in (("B", 1e9), ("M", 1e6), ("K", 1e3)):
        if abs(n) >= div:
            return f"{n / div:.1f}{unit}"
    return str(n)

for v in [0, 5, -5, 1234.5, -98765.4321, 1e9, 0.005, 0.015, 2.675]:
    print(f"{v!r:>14} -> {money(v):>18} {compact(v):>8}")
balances = {"checking": 1520.75, "savings": 25000, "credit": -430.2}
width = max(len(k) for k in balances)
for k, v in balances.items():
    print(f"{k.capitalize():<{width}} {money(v):>12}")
print(f"{'Net':<{width}} {money(sum(balances.values())):>12}")
