# Left and right shifts, including growth past 64 bits
print("1 << 10 =", 1 << 10)
print("1 << 63 =", 1 << 63)
print("1 << 64 =", 1 << 64)
print("1 << 100 =", 1 << 100)
print("3 << 70 =", 3 << 70)
print("-1 << 70 =", -1 << 70)
print("1024 >> 3 =", 1024 >> 3)
print("-1024 >> 3 =", -1024 >> 3)
print("-1 >> 100 =", -1 >> 100)
print("-5 >> 1 =", -5 >> 1)
print("5 >> 1 =", 5 >> 1)
print("(2**100) >> 90 =", (2 ** 100) >> 90)
print("(2**100) >> 200 =", (2 ** 100) >> 200)
print("0 << 1000 =", 0 << 1000)
print("True << 3 =", True << 3)
x = 1
for i in range(5):
    x <<= 13
    print("step", i, x)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -2
except ValueError as e:
    print("ValueError:", e)
