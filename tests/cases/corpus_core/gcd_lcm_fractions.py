def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def lcm(a, b):
    return abs(a * b) // gcd(a, b) if a and b else 0

def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y

def frac(n, d):
    if d == 0:
        raise ZeroDivisionError("zero denominator")
    if d < 0:
        n, d = -n, -d
    g = gcd(n, d) or 1
    return (n // g, d // g)

def fadd(x, y):
    return frac(x[0] * y[1] + y[0] * x[1], x[1] * y[1])

def fmul(x, y):
    return frac(x[0] * y[0], x[1] * y[1])

def fstr(x):
    return str(x[0]) if x[1] == 1 else f"{x[0]}/{x[1]}"

for a, b in [(48, 18), (17, 5), (0, 9), (-24, 36), (2 ** 40, 6 ** 20), (1071, 462)]:
    g, x, y = ext_gcd(a, b)
    print(f"gcd({a}, {b}) = {gcd(a, b)}, lcm = {lcm(a, b)}, bezout {x}*{a} + {y}*{b} = {a * x + b * y}")

total = 1
for n in range(1, 21):
    total = lcm(total, n)
print("lcm(1..20) =", total)

h = (0, 1)
for n in range(1, 11):
    h = fadd(h, (1, n))
    print(f"H({n}) = {fstr(h)} ~ {h[0] / h[1]:.6f}")
print(fstr(fmul((3, 4), (8, 9))), fstr(frac(10, -4)), fstr(fadd((1, 3), (2, 3))), fstr(frac(0, 5)))
try:
    frac(1, 0)
except ZeroDivisionError as e:
    print("caught:", e)
def mod_inverse(a, m):
    g, x, _ = ext_gcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m
print(mod_inverse(3, 11), mod_inverse(10, 17), pow(3, -1, 11))
try:
    mod_inverse(6, 9)
except ValueError as e:
    print(e)
