values = [0.0, 1.0, -2.5, 3.14159265358979, 1 / 3, 2 / 3, 100.0, 1e-7, 1.5e10, 123456.789, -0.0001234]
for v in values:
    print(f"{v!r:>22} | {v:.2f} | {v:10.4f} | {v:e} | {v:.3g} | {v:g} | {str(v)}")

print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5), round(3.14159, 3))
print(round(1234.5678, -2), round(15, -1), round(25, -1))
print(1e16, 1e15, 123456789012345678.0, 1.0e-5, 0.0001)
print(float("1.5"), float("  -3 "), float("1e3"), float("inf"), float("-inf"))
print(7 / 2, 7 // 2, -7 // 2, 7 % 3, -7 % 3, 7.5 // 2, 7.5 % 2, 2 ** -1, 10 / 4)
print(int(3.99), int(-3.99), float(7), 3.0 == 3, (0.1).is_integer(), (4.0).is_integer())
print(abs(-2.5), max(1.5, 2), min(-0.0, 0.0), 0.1 + 0.1 + 0.1, sum([0.5, 0.25]))
print(f"{1234567.891:,.2f}", f"{0.075:.1%}", f"{-1.5:+.1f}", f"{42.0:08.2f}", f"{3.0:.0f}")
print("%.3f %10.2e %-8.1f| %g %G" % (2.0 / 3, 12345.678, 9.99, 0.00001234, 1e20))
print(str(1.0), repr(2.50), 1e300 * 10, -1e300 * 10, 5e-324, 1.7976931348623157e308)
celsius = [-40, 0, 37, 100]
for c in celsius:
    f = c * 9 / 5 + 32
    print(f"{c:>5}C = {f:>6.1f}F = {c + 273.15:.2f}K")
total = 0.0
for i in range(1, 11):
    total += 1 / i ** 2
print(f"basel partial: {total:.10f}, pi^2/6 = {3.141592653589793 ** 2 / 6:.10f}")
print((2.5).as_integer_ratio(), (0.75).hex() if False else "skip", float.fromhex("0x1.8p1"))
