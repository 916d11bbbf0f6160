# Square roots by Newton's method, compared against ** 0.5
def sqrt(x, iters=60):
    if x == 0:
        return 0.0
    g = x if x > 1 else 1.0
    for _ in range(iters):
        g = (g + x / g) / 2
    return g

for x in [2.0, 3.0, 10.0, 0.25, 1e10, 1e-6, 144.0]:
    a = sqrt(x)
    b = x ** 0.5
    print(f"x={x!r} newton={a!r} pow={b!r} same={a == b}")
print("(-1) ** 0.5 type:", type((-1) ** 0.5).__name__)
print("2 ** 0.5 * 2 ** 0.5 =", 2 ** 0.5 * 2 ** 0.5)
print("27 ** (1/3) =", 27 ** (1 / 3))
print("1e300 ** 2 error test:")
try:
    print(1e300 ** 2)
except OverflowError as e:
    print("raised", type(e).__name__)
print("1e300 * 1e300 =", 1e300 * 1e300)
