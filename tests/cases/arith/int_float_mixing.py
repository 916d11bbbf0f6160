# Mixed int/float arithmetic
print("1 + 2.0 =", 1 + 2.0)
print("3 * 1.5 =", 3 * 1.5)
print("10 - 0.1 =", 10 - 0.1)
print("2**60 + 0.0 =", 2 ** 60 + 0.0)
print("2**100 * 1.0 =", 2 ** 100 * 1.0)
print("float(2**100) =", float(2 ** 100))
print("10**20 + 1.5 =", 10 ** 20 + 1.5)
print("7 // 2.0 =", 7 // 2.0)
print("7 % 2.0 =", 7 % 2.0)
print("int(7 / 2) =", int(7 / 2))
print("sum mixed:", 1 + 2 + 3.0)
total = 0
for v in [1, 2.5, 3, 4.25]:
    total += v
    print("running total:", total, type(total).__name__)
print("1e3 == 1000:", 1e3 == 1000)
print("int(1e3):", int(1e3))
print("max(1, 2.0):", max(1, 2.0))
print("max(2, 2.0):", max(2, 2.0))
print("min(2.0, 2):", min(2.0, 2))
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
