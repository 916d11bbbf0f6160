parts = []
for i in range(100_000):
    parts.append(f"item-{i}:{i * 1.5:.1f}")
s = ",".join(parts)
print(len(s), s[:40])
