# Small magnitudes and exponent boundaries in repr
for e in range(1, 8):
    print(f"10**-{e} =", 10 ** -e)
print(0.0001, 0.00001, 0.000123, 0.0000123)
print(1.5e-5, 1.5e-4)
print(2 ** -10, 2 ** -20, 2 ** -30)
print(1 / 1024, 1 / 3e5)
print(5e-324, 5e-324 / 2)
print(2.2250738585072014e-308 / 2)
print(-1e-5)
print(0.1 ** 10)
print(1e-5 * 10)
print(1e-4 / 10)
print(3.0e-5 + 1.0e-5)
