# Conversions !r !s !a combined with specs
vals = ["text", "quo'te", 42, 3.0, None, [1, "a"], (2,), "ünï", "\n"]
for v in vals:
    print(f"[{v!r:>12}] [{v!s:<10}] [{v!a}]")
print("{!r:^10}".format("x"))
print("{0!r} {0!s} {0!a}".format("é"))
print("%r %s %a" % ("é", "é", "é"))
print(f"{1.5!r} {1.5!s} {10**20!r}")
print(f"{b'x'!r} {b'x'!s}")
print("{0!s:*^9}".format([1]))
