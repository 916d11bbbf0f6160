# abs and unary minus across types
vals = [0, 5, -5, 2 ** 100, -(2 ** 100), 3.5, -3.5, -0.0, True, False]
for v in vals:
    print(repr(v), "->", abs(v), type(abs(v)).__name__)
print("-(-7) =", -(-7))
print("--7 =", --7)
print("-+-7 =", -+-7)
print("abs(-2**63) =", abs(-2 ** 63))
print("abs(-9223372036854775808) =", abs(-9223372036854775808))
print("-(-9223372036854775808) =", -(-9223372036854775808))
print("abs(float('-inf')) =", abs(float("-inf")))
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
