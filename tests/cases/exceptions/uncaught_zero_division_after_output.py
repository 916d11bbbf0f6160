readings = [12, 15, 9, 0, 4]
total = 0
for r in readings:
    total += r
    print("reading", r, "running total", total)
print("average:", total / len(readings))
for r in readings:
    print("inverse of", r, "=", round(1 / r, 4))
