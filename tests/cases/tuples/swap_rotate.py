a, b = 1, 2
a, b = b, a
print("swapped:", a, b)
x, y, z = "x", "y", "z"
x, y, z = y, z, x
print("rotated:", x, y, z)
lst = [5, 6, 7, 8]
lst[0], lst[-1] = lst[-1], lst[0]
print("swap list ends:", lst)
i = 0
i, lst[i] = 2, 99
print("assignment order:", i, lst)
fib = (0, 1)
for _ in range(10):
    fib = (fib[1], fib[0] + fib[1])
print("fib via tuples:", fib)
p, q = 0, 1
seq = []
for _ in range(8):
    seq.append(p)
    p, q = q, p + q
print("fib seq:", seq)
def gcd(m, n):
    while n:
        m, n = n, m % n
    return m
print("gcd(48, 18):", gcd(48, 18))
print("gcd(17, 5):", gcd(17, 5))
t = (1, 2, 3, 4)
print("rotate left:", t[1:] + t[:1])
print("rotate right:", t[-1:] + t[:-1])
