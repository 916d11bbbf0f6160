def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for m in range(p * p, limit + 1, p):
                is_prime[m] = False
        p += 1
    return [i for i, ok in enumerate(is_prime) if ok]

def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True

def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

primes = sieve(100)
print(len(primes), primes)
print("primes below 10000:", len(sieve(10000)))
print("agree:", [n for n in range(200) if is_prime(n)] == sieve(199))
twins = [(p, p + 2) for p in sieve(200) if is_prime(p + 2)]
print("twin primes:", twins)
for n in [12, 97, 360, 1001, 2 ** 10, 600851475143, 9999991]:
    f = factorize(n)
    text = " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items())
    print(f"{n} = {text}")
gaps = [b - a for a, b in zip(primes, primes[1:])]
print("max gap under 100:", max(gaps), "at", primes[gaps.index(max(gaps))])
goldbach = {}
for even in range(4, 41, 2):
    for p in primes:
        if is_prime(even - p):
            goldbach[even] = (p, even - p)
            break
print(goldbach)
print("mersenne:", [p for p in sieve(31) if is_prime(2 ** p - 1)])
