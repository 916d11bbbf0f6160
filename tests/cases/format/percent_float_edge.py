# %-formatting of floats and special values
for v in [0.0, -0.0, 1.5, -1.5, 1e16, 1e-7, float("inf"), float("-inf"), float("nan"), 2 ** 60]:
    print("%f | %.3e | %g | %10.4f | %-10.1f|" % (v, v, v, v, v))
print("%s %r" % (0.1 + 0.2, 0.1 + 0.2))
print("%.0f %.0f %.0f" % (0.5, 1.5, 2.5))
print("%5.1f%%" % 99.95)
print("%#.0f %#x" % (3.0, 0))
print("%.10f" % 0.1)
print("%.1e|%.0e" % (9.96, 9.5))
print("%g|%g|%g" % (1e-4, 1e-5, 123456.0))
