# Euclid's algorithm and extended gcd on big ints
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

def lcm(a, b):
    return a // gcd(a, b) * b

print("gcd(48, 18) =", gcd(48, 18))
print("gcd(-48, 18) =", gcd(-48, 18))
print("gcd(0, 5) =", gcd(0, 5))
print("gcd(2**100, 6**50) =", gcd(2 ** 100, 6 ** 50))
print("lcm(4, 6) =", lcm(4, 6))
r = 1
for i in range(1, 41):
    r = lcm(r, i)
print("lcm(1..40) =", r)
g, x, y = egcd(240, 46)
print("egcd(240, 46) =", (g, x, y), "check:", 240 * x + 46 * y)
g, x, y = egcd(10 ** 30 + 7, 10 ** 20 + 3)
print("egcd big g =", g, "check:", (10 ** 30 + 7) * x + (10 ** 20 + 3) * y == g)
