# Float operations with ints and bools
print("1.5 + True:", 1.5 + True)
print("2 * 0.5:", 2 * 0.5)
print("type(2 * 0.5):", type(2 * 0.5).__name__)
print("3 - 3.0:", 3 - 3.0)
print("-3.0 + 3:", -3.0 + 3)
print("2.0 ** -2:", 2.0 ** -2)
print("(-8.0) ** 2:", (-8.0) ** 2)
print("(-2.0) ** 3:", (-2.0) ** 3)
print("1.5 ** 2:", 1.5 ** 2)
print("10 ** 0.5:", 10 ** 0.5)
print("0.5 ** 0.5:", 0.5 ** 0.5)
print("float(-7) / 2:", float(-7) / 2)
print("7.0 // 2:", 7.0 // 2)
print("float(2**1023):", float(2 ** 1023))
print("-(0.0):", -(0.0))
print("+(-0.0):", +(-0.0))
x = 1.0
x += 1
x *= 2.5
x -= 0.5
x /= 4
x **= 2
print("x chain:", x)
try:
    float(2 ** 1024)
except OverflowError as e:
    print("OverflowError:", e)
