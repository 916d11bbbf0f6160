# round(x, n) on floats
vals = [3.14159265, 2.675, 1.005, 0.5, 1.5, 2.5, -2.5, 1234.5678, -0.125, 1e-10, 99.995]
for v in vals:
    print(v, [round(v, n) for n in (0, 1, 2, 3)])
for n in (-1, -2, -3):
    print(f"round(1234.5678, {n}) =", round(1234.5678, n))
print("round(5.5, -1) =", round(5.5, -1))
print("round(15.0, -1) =", round(15.0, -1))
print("round(25.0, -1) =", round(25.0, -1))
print("round(0.1 + 0.2, 10) =", round(0.1 + 0.2, 10))
print("round(1e300, 2) =", round(1e300, 2))
print("round(inf, 2) =", round(float("inf"), 2))
print("round(nan, 2) =", round(float("nan"), 2))
print("round(1.23456, 20) =", round(1.23456, 20))
print("round(-0.0) =", round(-0.0), "round(-0.0, 1) =", round(-0.0, 1))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
