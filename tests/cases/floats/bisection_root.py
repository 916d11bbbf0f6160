# Bisection to find roots; print convergence
def f(x):
    return x ** 3 - 2 * x - 5

lo, hi = 2.0, 3.0
for i in range(40):
    mid = (lo + hi) / 2
    if f(lo) * f(mid) <= 0:
        hi = mid
    else:
        lo = mid
    if i % 8 == 0 or i == 39:
        print(f"iter {i}: lo={lo!r} hi={hi!r} width={hi - lo!r}")
root = (lo + hi) / 2
print("root:", root)
print("f(root):", f(root))
print("abs(f(root)) < 1e-9:", abs(f(root)) < 1e-9)
print("rounded root:", round(root, 6))
