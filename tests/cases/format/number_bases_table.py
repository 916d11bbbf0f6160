# Table of numbers in several bases
print(f"{'dec':>6} {'hex':>6} {'oct':>6} {'bin':>10}")
for n in [0, 1, 7, 8, 15, 16, 100, 255, 256, 1000]:
    print(f"{n:>6d} {n:>#6x} {n:>#6o} {n:>10b}")
print()
for n in [5, -5, 1023]:
    print(f"{n:#012b} | {n:#06X} | {n:+#o}")
print(f"{2**64 - 1:#x}")
print(f"{2**64 - 1:_X}")
print(f"{-(2**40):#b}")
print("{0:b} {0:o} {0:x} {0:d}".format(2024))
