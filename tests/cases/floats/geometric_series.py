# Geometric and harmonic series partial sums
total = 0.0
term = 1.0
for i in range(1, 31):
    total += term
    term /= 2
    if i % 5 == 0:
        print(f"geometric after {i} terms:", total)
h = 0.0
for k in range(1, 101):
    h += 1 / k
    if k in (1, 2, 3, 10, 50, 100):
        print(f"harmonic H({k}) =", h)
pi_approx = 0.0
for k in range(1000):
    pi_approx += (-1) ** k / (2 * k + 1)
print("leibniz pi:", 4 * pi_approx)
e = 0.0
f = 1
for k in range(20):
    if k > 0:
        f *= k
    e += 1 / f
print("e approx:", e)
