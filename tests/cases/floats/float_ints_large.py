# Large floats and conversion to int
for e in [15, 16, 17, 20, 22, 23, 30, 50, 100, 300]:
    f = 10.0 ** e
    print(f"1e{e}: repr={f!r} int={int(f)}")
print("2.0**63 =", 2.0 ** 63, int(2.0 ** 63))
print("2.0**64 =", 2.0 ** 64, int(2.0 ** 64))
print("float(2**63 - 1) =", float(2 ** 63 - 1))
print("int(float(2**63 - 1)) =", int(float(2 ** 63 - 1)))
print("float(10**23) =", float(10 ** 23))
print("10**23 == 1e23:", 10 ** 23 == 1e23)
print("float(123456789012345678901234567890) =", float(123456789012345678901234567890))
