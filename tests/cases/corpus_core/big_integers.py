def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

for n in [0, 1, 5, 10, 20, 25, 50]:
    print(f"{n}! = {factorial(n)}")

f100 = factorial(100)
s = str(f100)
print("100! has", len(s), "digits; digit sum", sum(int(c) for c in s))
print("trailing zeros:", len(s) - len(s.rstrip("0")))
print("2^100 =", 2 ** 100)
print("2^1000 digit sum:", sum(map(int, str(2 ** 1000))))
print("3^200 mod 1000007:", pow(3, 200, 1000007), (3 ** 200) % 1000007)
big = 10 ** 30 + 7
print(big, big * big, big // 12345, big % 12345, -big // 7, -big % 7)
print(divmod(big, 10 ** 15), divmod(-17, 5), divmod(17, -5))
a = 123456789012345678901234567890
b = 987654321098765432109876543210
print(a + b, b - a, a - b)
print(a * b)
print(b // a, b % a, abs(-a), -a)
print(a == 123456789012345678901234567890, a < b, max(a, b) == b)
print(f"{a:,}", f"{a:e}", f"{b:_}", len(f"{a:b}"))
c = 1
for k in range(1, 31):
    c = c * (60 - k + 1) // k
print("C(60, 30) =", c)
collatz_max = 0
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    collatz_max = max(collatz_max, n)
    steps += 1
print("collatz 27:", steps, "steps, peak", collatz_max)
print(int("9" * 50) + 1 == 10 ** 50, (2 ** 64 - 1).bit_length(), 7 ** 77 % 10)
print(float(2 ** 80), int(1e20), round(2 ** 0.5 * 10 ** 10))
