# Factorials computed iteratively and recursively
def fact_iter(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

def fact_rec(n):
    return 1 if n <= 1 else n * fact_rec(n - 1)

for n in [0, 1, 5, 10, 20, 21, 25, 30, 50]:
    print(f"{n}! =", fact_iter(n))

print("rec 40 == iter 40:", fact_rec(40) == fact_iter(40))
f100 = fact_iter(100)
print("100! digits:", len(str(f100)))
s = str(f100)
zeros = len(s) - len(s.rstrip("0"))
print("100! trailing zeros:", zeros)
print("digit sum of 100!:", sum(int(c) for c in s))
print("100! // 98! =", f100 // fact_iter(98))
print("20! fits in 64 bits:", fact_iter(20) < 2 ** 63)
print("21! fits in 64 bits:", fact_iter(21) < 2 ** 63)
# binomial coefficient
def comb(n, k):
    return fact_iter(n) // (fact_iter(k) * fact_iter(n - k))
print("C(60, 30) =", comb(60, 30))
print("C(100, 50) =", comb(100, 50))
