# Nested format specs computed at runtime
x = 3.14159
for w in (6, 10):
    for p in (1, 3):
        print(f"w={w} p={p} [{x:{w}.{p}f}]")
align = "^"
fill = "."
print(f"[{'mid':{fill}{align}{12}}]")
for a in "<>^":
    print(f"[{'ab':{a}8}]")
width = 12
rows = [("apples", 3, 0.5), ("kiwis", 12, 0.25), ("watermelons", 1, 3.75)]
for name, q, p in rows:
    print(f"{name:<{width}}|{q:>{4}}|{p:>{8}.{2}f}|{q * p:>8.2f}")
spec = ">10.2f"
print(f"[{x:{spec}}]")
print("[" + format(x, spec) + "]")
base = "x"
print(f"{255:{'#' + base}}")
