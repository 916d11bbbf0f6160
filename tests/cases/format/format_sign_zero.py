# Sign handling, negative zero and the z option-free behaviour
vals = [0, -0.0, 0.0, 1, -1, 0.001, -0.001, 1e-10, -1e-10]
for v in vals:
    print(f"{v!r:>8} -> [{v:+}] [{v:-}] [{v: }] [{v:+.2f}] [{v:.1e}] [{v:g}]")
print(f"{-0.0:.0f}", f"{-0.4:.0f}", f"{-0.5:.0f}", f"{0.5:.0f}", f"{1.5:.0f}")
print("%+d %+d % d" % (0, -0, 0))
print("%.1f %.1f" % (-0.04, 0.05))
print("%.2f %.2f %.2f" % (2.675, 1.005, 0.125))
print(f"{0:+d} {-0:+d} {0:+b} {0:+x}")
print(f"{-1e-300:.3f} {1e-300:+.3f}")
