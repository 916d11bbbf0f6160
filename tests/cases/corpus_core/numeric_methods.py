def newton_sqrt(x, tol=1e-12):
    if x < 0:
        raise ValueError("negative input")
    if x == 0:
        return 0.0, 0
    guess = x if x > 1 else 1.0
    iters = 0
    while True:
        nxt = 0.5 * (guess + x / guess)
        iters += 1
        if abs(nxt - guess) < tol:
            return nxt, iters
        guess = nxt

def bisect_root(f, lo, hi, tol=1e-10):
    if f(lo) * f(hi) > 0:
        raise ValueError("no sign change")
    steps = 0
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if f(lo) * f(mid) <= 0:
            hi = mid
        else:
            lo = mid
        steps += 1
    return (lo + hi) / 2, steps

def trapezoid(f, a, b, n):
    h = (b - a) / n
    return h * (f(a) / 2 + sum(f(a + i * h) for i in range(1, n)) + f(b) / 2)

def simpson(f, a, b, n):
    h = (b - a) / n
    s = f(a) + f(b)
    for i in range(1, n):
        s += (4 if i % 2 else 2) * f(a + i * h)
    return s * h / 3

for x in [2, 9, 0.25, 1e6, 0]:
    r, it = newton_sqrt(x)
    print(f"sqrt({x}) = {r:.10f} in {it} iterations, check {x ** 0.5:.10f}")

root, steps = bisect_root(lambda x: x ** 3 - x - 2, 1, 2)
print(f"root of x^3-x-2: {root:.8f} after {steps} steps")
try:
    bisect_root(lambda x: x * x + 1, -1, 1)
except ValueError as e:
    print("bisect error:", e)

for n in (4, 16, 64):
    t = trapezoid(lambda x: x * x, 0, 3, n)
    s = simpson(lambda x: x * x, 0, 3, n)
    print(f"n={n:>3} trapezoid={t:.6f} simpson={s:.6f} exact=9")
pi_est = simpson(lambda x: 4 / (1 + x * x), 0, 1, 100)
print(f"pi ~ {pi_est:.12f}")
e_est = sum(1 / f for f in [1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800])
print(f"e ~ {e_est:.10f}")
x = 1.0
for i in range(5):
    x = x - (x * x - 612) / (2 * x)
    print(i, round(x, 6))
