# int() truncates toward zero; comparisons with floor
vals = [3.7, -3.7, 0.999, -0.999, 1e10, 1.5e20, 2.0 ** 70, -2.5, 123456789.987]
for v in vals:
    print(f"int({v!r}) = {int(v)}")
print("int(1e16) =", int(1e16))
print("int(1e23) =", int(1e23))
print("int(0.1 * 3 * 10) =", int(0.1 * 3 * 10))
print("int(2.9999999999999996) =", int(2.9999999999999996))
print("int(float('1e22')) =", int(float("1e22")))
def floor(x):
    i = int(x)
    return i - 1 if x < i else i
def ceil(x):
    i = int(x)
    return i + 1 if x > i else i
for v in [2.5, -2.5, 3.0, -3.0, 0.1, -0.1]:
    print(f"floor({v}) = {floor(v)}, ceil({v}) = {ceil(v)}, floordiv = {v // 1}")
