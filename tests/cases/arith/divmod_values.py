# divmod on ints and floats
for a, b in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 7), (10 ** 20, 3)]:
    q, r = divmod(a, b)
    print(f"divmod({a}, {b}) = ({q}, {r})")
print("divmod(7.5, 2) =", divmod(7.5, 2))
print("divmod(-7.5, 2) =", divmod(-7.5, 2))
print("divmod(7, 2.5) =", divmod(7, 2.5))
print("divmod(True, 2) =", divmod(True, 2))
seconds = 100000
m, s = divmod(seconds, 60)
h, m = divmod(m, 60)
d, h = divmod(h, 24)
print(f"{seconds}s = {d}d {h}h {m}m {s}s")
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(5.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError (float):", type(e).__name__)
