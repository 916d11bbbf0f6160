# e, g and % presentation types
vals = [0.0, 1.0, 123.456, 0.000123456, 123456789.0, 1e-10, 1e16, -2.5, 100.0, 1e-5]
for v in vals:
    print(f"{v!r:>14}: e={v:e} .2e={v:.2e} g={v:g} .3g={v:.3g} G={v:G}")
print(f"{0.5:%}", f"{0.5:.1%}", f"{0.12345:.2%}", f"{1.5:.0%}", f"{-0.25:%}")
print(f"{12345.678:E}")
print(f"{float('inf'):e}", f"{float('nan'):g}", f"{float('-inf'):%}")
print(f"{1e100:g}", f"{1e-100:.2g}")
print(f"{123456:g}", f"{1234567:g}", f"{0.0001:g}", f"{0.00001:g}")
print(f"{1.0:#g}", f"{1.5:#.3g}", f"{100:#.2g}")
print(f"{2.0:.0e}", f"{2.5:.0e}", f"{3.5:.0e}")
