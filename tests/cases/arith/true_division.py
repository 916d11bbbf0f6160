# True division always gives a float
print("7 / 2 =", 7 / 2)
print("6 / 3 =", 6 / 3)
print("type(6/3):", type(6 / 3).__name__)
print("-7 / 2 =", -7 / 2)
print("1 / 3 =", 1 / 3)
print("2 / 3 =", 2 / 3)
print("10 / 4 =", 10 / 4)
print("1 / 7 =", 1 / 7)
print("0 / 5 =", 0 / 5)
print("0 / -5 =", 0 / -5)
print("2**100 / 2**98 =", 2 ** 100 / 2 ** 98)
print("10**20 / 3 =", 10 ** 20 / 3)
print("1 / 10**5 =", 1 / 10 ** 5)
print("True / 2 =", True / 2)
print("5 / 0.5 =", 5 / 0.5)
x = 100
x /= 8
print("x after /= 8:", x)
x /= 2
print("x after /= 2:", x)
