from typing import List, Tuple


def to_base(n: int, base: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))


def popcount(n: int) -> int:
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c


def gcd(a: int, b: int) -> int:
    while b:
        a, b = b, a % b
    return abs(a)


def factorize(n: int) -> List[Tuple[int, int]]:
    out = []
    p = 2
    while p * p <= n:
        e = 0
        while n % p == 0:
            n //= p
            e += 1
        if e:
            out.append((p, e))
        p += 1
    if n > 1:
        out.append((n, 1))
    return out


def isqrt(n: int) -> int:
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


for n in [0, 5, 255, 1024, -42, 123456789]:
    print(f"{n:>10} bin={to_base(n, 2):>28} hex={to_base(n, 16):>8} b36={to_base(n, 36):>6} "
          f"fmt={n:#x} pop={popcount(abs(n))}")
print("check with format:", format(255, "b"), format(255, "o"), f"{255:08b}", f"{-42:+d}", f"{3735928559:X}")
print("int parse:", int("ff", 16), int("777", 8), int("-1010", 2), int("z", 36))
pairs = [(48, 18), (17, 5), (100, 75), (0, 9), (-12, 8)]
print("gcds:", [(a, b, gcd(a, b)) for a, b in pairs])
for n in [360, 97, 1001, 2 ** 10, 600851475143]:
    fs = factorize(n)
    rendered = " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in fs)
    print(f"{n} = {rendered}")
print("big ints:", 2 ** 100, 3 ** 50 % 1000007, (10 ** 20 + 1) // 7)
print("isqrt:", [isqrt(n) for n in [0, 1, 15, 16, 17, 10 ** 12, 2 ** 64]])
print("bit ops:", 0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010, ~5, 1 << 40, -17 >> 2)
print("divmod negatives:", divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, 7 % -2)
print("round:", round(2.5), round(3.5), round(-2.5), round(1.23456, 3), round(1234, -2))
print("float fmt:", f"{1 / 3:.5f}", f"{1e10:.3e}", f"{0.000123:g}", f"{1234567.891:,.2f}", f"{0.25:.1%}")
print("abs/min/max:", abs(-3.5), min(3, -1, 2), max([1, 9, 4]), sum(range(101)))
print("pow mod:", pow(3, 200, 13), pow(2, 10), pow(2, -1))
print("true div:", 7 / 2, 8 / 4, -9 / 4, 1 / 8)
print("comparisons chain:", 1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 0.1 + 0.2 == 0.3)
perfect = [n for n in range(2, 10000) if sum(d for d in range(1, isqrt(n) + 1) if n % d == 0 and d != n)
           + sum(n // d for d in range(2, isqrt(n) + 1) if n % d == 0 and n // d != d) == n]
print("perfect numbers:", perfect)
