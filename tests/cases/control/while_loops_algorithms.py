def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo
for n in [0, 1, 15, 16, 17, 1000000, 999999]:
    print("isqrt", n, "=", isqrt(n))
def digits_reversed(n):
    out = 0
    while n:
        n, d = divmod(n, 10)
        out = out * 10 + d
    return out
print("reverse 12345:", digits_reversed(12345))
print("reverse 1200:", digits_reversed(1200))
def to_base(n, b):
    if n == 0:
        return "0"
    chars = ""
    while n > 0:
        chars = "0123456789abcdef"[n % b] + chars
        n //= b
    return chars
print("255 in bases:", [to_base(255, b) for b in (2, 8, 10, 16)])
i = 0
seq = []
while True:
    i += 1
    if i % 2 == 0:
        continue
    if i > 11:
        break
    seq.append(i)
print("odd until 11:", seq)
