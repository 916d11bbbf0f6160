LENGTH = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048, "mi": 1609.344}
WEIGHT = {"g": 1.0, "kg": 1000.0, "oz": 28.349523125, "lb": 453.59237}

def convert(value, src, dst, table):
    if src not in table or dst not in table:
        bad = src if src not in table else dst
        raise KeyError(f"unknown unit {bad!r}")
    return value * table[src] / table[dst]

units = ["mm", "cm", "in", "ft", "m", "km", "mi"]
print("1 unit in other units")
print(" " * 4 + "".join(f"{u:>12}" for u in units))
for src in units:
    cells = []
    for dst in units:
        v = convert(1, src, dst, LENGTH)
        cells.append(f"{v:>12.4g}")
    print(f"{src:>4}" + "".join(cells))

for value, src, dst in [(5, "km", "mi"), (6, "ft", "m"), (100, "lb", "kg"), (1, "kg", "oz"), (3, "mi", "ft")]:
    table = LENGTH if src in LENGTH else WEIGHT
    print(f"{value} {src} = {convert(value, src, dst, table):.3f} {dst}")
try:
    convert(1, "furlong", "m", LENGTH)
except KeyError as e:
    print("KeyError:", e)

def c_to_f(c):
    return c * 9 / 5 + 32
print("  C      F")
for c in range(-20, 41, 10):
    print(f"{c:>4} {c_to_f(c):>6.1f}")
marathon_km = 42.195
print(f"marathon: {convert(marathon_km, 'km', 'mi', LENGTH):.2f} mi")
pace = 4 * 60 + 30
total = pace * marathon_km
print(f"at 4:30/km: {int(total // 3600)}h{int(total % 3600 // 60):02d}m{total % 60:04.1f}s")
