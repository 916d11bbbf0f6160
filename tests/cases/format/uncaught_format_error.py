# A report formatter that applies an int spec to a float, uncaught
rows = [("alpha", 10), ("beta", 250), ("gamma", 3.5)]
print(f"{'name':<8}{'count':>6}")
print("-" * 14)
print("rows:", len(rows))
print("types:", [type(c).__name__ for _, c in rows])
for name, count in rows:
    print(f"{name:<8}", end="")
    print(f"{count:>6d}")
print("done")
