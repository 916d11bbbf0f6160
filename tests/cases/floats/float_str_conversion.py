# str() of floats, and round trips through str
vals = [0.1, 1 / 3, 1e16, 1e15 + 0.3, 123.456, -0.000123, 6.02214076e23, 1.602e-19, 1e-7, 1.0e5]
for v in vals:
    s = str(v)
    print(s, float(s) == v)
print(str(1.0), str(10.0), str(1e5), str(1e6))
print(str(123456789.0), str(1234567890123.0))
print(str(0.000001), str(0.0000001))
print(str(2.5e-5))
print(repr(1e21), repr(1e20))
print([0.1, 0.2, 0.30000000000000004])
print((1.5, -2.25))
print({"pi": 3.14159, "e": 2.718281828459045})
print(float("0.1") + float("0.2"))
print(str(-1e-10))
print(repr(float("1.000000000000000000001")))
