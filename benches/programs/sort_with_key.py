n = 200_000
data = [(i * 7919) % 100_003 for i in range(n)]
out = sorted(data, key=lambda x: (x % 1000, -x))
print(out[:5], out[-1])
