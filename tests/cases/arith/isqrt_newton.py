# Integer square root via Newton's method on big ints
def isqrt(n):
    if n < 0:
        raise ValueError("isqrt of negative number")
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

for n in [0, 1, 15, 16, 17, 99, 10 ** 10, 2 ** 100, 10 ** 40 + 1]:
    r = isqrt(n)
    print(f"isqrt({n}) = {r}; ok = {r * r <= n < (r + 1) * (r + 1)}")
print("perfect squares < 200:", [n for n in range(200) if isqrt(n) ** 2 == n])
digits = isqrt(2 * 10 ** 60)
print("sqrt(2) digits:", digits)
try:
    isqrt(-4)
except ValueError as e:
    print("ValueError:", e)
