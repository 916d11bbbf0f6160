# Comparing and sorting floats, including -0.0
vals = [3.5, -1.25, 0.0, -0.0, 2.0, 1e-9, -1e9, 7.75, 2]
print("sorted:", sorted(vals))
print("reverse:", sorted(vals, reverse=True))
print("max:", max(vals), "min:", min(vals))
print("0.0 < -0.0:", 0.0 < -0.0)
print("sorted zeros:", sorted([0.0, -0.0, 0.0]))
print("sorted zeros2:", sorted([-0.0, 0.0]))
print("1.0 == 1:", 1.0 == 1)
print("0.1 * 3 > 0.3:", 0.1 * 3 > 0.3)
print("1/3 < 0.3333333333333333:", 1 / 3 < 0.3333333333333333)
print("1e-320 > 0:", 1e-320 > 0)
print("1e-400 == 0:", 1e-400 == 0)
def close(a, b, tol=1e-9):
    return abs(a - b) <= tol * max(abs(a), abs(b), 1.0)
print("close(0.1+0.2, 0.3):", close(0.1 + 0.2, 0.3))
print("close(1e10, 1e10+1):", close(1e10, 1e10 + 1))
print("close(1.0, 1.001):", close(1.0, 1.001))
