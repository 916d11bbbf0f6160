# Prime sieve and trial division
def sieve(limit):
    is_p = [True] * (limit + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_p[i]:
            for j in range(i * i, limit + 1, i):
                is_p[j] = False
    return [i for i, p in enumerate(is_p) if p]

ps = sieve(200)
print("primes <= 200:", ps)
print("count:", len(ps))
print("sum:", sum(ps))
print("largest gap:", max(b - a for a, b in zip(ps, ps[1:])))

def factor(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out

for n in [360, 97, 1001, 2 ** 32 + 1, 600851475143]:
    print(n, "=", " * ".join(str(f) for f in factor(n)))
