# Float accumulation error visible in repr
total = 0.0
for i in range(10):
    total += 0.1
    print(i + 1, repr(total))
print("total == 1.0:", total == 1.0)
x = 1.0
for i in range(5):
    x /= 3
    print("x /3:", x)
for i in range(5):
    x *= 3
    print("x *3:", x)
print("1.1 + 2.2 =", 1.1 + 2.2)
print("3.3 * 3 =", 3.3 * 3)
print("0.1 * 3 =", 0.1 * 3)
print("1 - 0.9 =", 1 - 0.9)
print("100 * 1.1 =", 100 * 1.1)
print("0.7 + 0.1 =", 0.7 + 0.1)
print("4.35 * 100 =", 4.35 * 100)
print("1e16 + 1 =", 1e16 + 1)
print("1e16 + 2 =", 1e16 + 2)
print("2**53 + 1.0 =", 2 ** 53 + 1.0)
