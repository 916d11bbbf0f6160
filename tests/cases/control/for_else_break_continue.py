def first_prime_factor(n):
    for d in range(2, n):
        if n % d == 0:
            print(f"  {n} divisible by {d}")
            break
    else:
        print(f"  {n} is prime")
        return None
    return d

for n in [15, 17, 49, 2]:
    print("factor", n, "->", first_prime_factor(n))

for i in range(10):
    if i % 3 == 0:
        continue
    if i == 8:
        break
    print("i =", i)
else:
    print("unreachable else")

for ch in "":
    print("never")
else:
    print("empty for hits else")

primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print("primes:", primes)

for i in range(3):
    pass
print("loop var after for:", i)
for word in ["alpha", "beta", "stop", "gamma"]:
    if word == "stop":
        print("stopping")
        break
    print("word:", word)
print("last word:", word)
