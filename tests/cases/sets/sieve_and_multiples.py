limit = 50
composites = set()
for i in range(2, limit + 1):
    if i not in composites:
        for j in range(i * i, limit + 1, i):
            composites.add(j)
primes = sorted(set(range(2, limit + 1)) - composites)
print("primes <= 50:", primes)
print("count:", len(primes))
m3 = set(range(0, 31, 3))
m5 = set(range(0, 31, 5))
print("mult of 3:", sorted(m3))
print("mult of 5:", sorted(m5))
print("both:", sorted(m3 & m5))
print("either:", len(m3 | m5))
print("exactly one:", sorted(m3 ^ m5))
print("sum either:", sum(m3 | m5))
twin = sorted((p, p + 2) for p in primes if p + 2 in set(primes))
print("twin primes:", twin)
