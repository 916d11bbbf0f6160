# ** with negative exponents gives floats
print("2 ** -1 =", 2 ** -1)
print("2 ** -2 =", 2 ** -2)
print("10 ** -3 =", 10 ** -3)
print("(-2) ** -3 =", (-2) ** -3)
print("type(2 ** -1):", type(2 ** -1).__name__)
print("type(2 ** 1):", type(2 ** 1).__name__)
print("1 ** -100 =", 1 ** -100)
print("(-1) ** -3 =", (-1) ** -3)
print("(-1) ** -4 =", (-1) ** -4)
print("4 ** 0.5 =", 4 ** 0.5)
print("2.0 ** 10 =", 2.0 ** 10)
print("0 ** 0 =", 0 ** 0)
print("0.0 ** 0 =", 0.0 ** 0)
print("-2 ** 2 =", -2 ** 2)
print("(-2) ** 2 =", (-2) ** 2)
print("2 ** 3 ** 2 =", 2 ** 3 ** 2)
print("pow(2, -3) =", pow(2, -3))
print("5 ** -1 =", 5 ** -1)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
