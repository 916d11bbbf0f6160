# float.is_integer and as_integer_ratio
for v in [1.0, 1.5, -2.0, 0.0, -0.0, 1e20, 0.1, 0.5, 0.25, 0.75, 3.125, 1e-3]:
    print(f"{v!r}: is_integer={v.is_integer()} ratio={v.as_integer_ratio()}")
n, d = (0.1).as_integer_ratio()
print("0.1 numerator bits:", n.bit_length(), "denominator == 2**55:", d == 2 ** 55)
print("inf is_integer:", float("inf").is_integer())
print("nan is_integer:", float("nan").is_integer())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError:", e)
