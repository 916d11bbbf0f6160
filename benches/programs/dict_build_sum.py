d = {}
for i in range(100_000):
    d[f"key{i}"] = i * 2
total = 0
for k in d:
    total += d[k]
print(len(d), total)
