# Computing summary statistics like an agent analysing measurements
data = [12.5, 15.25, 9.75, 22.0, 18.5, 11.0, 14.75, 30.25, 8.5, 16.0]
n = len(data)
total = 0.0
for v in data:
    total += v
mean = total / n
print("n:", n)
print("total:", total)
print("mean:", mean)
sq = 0.0
for v in data:
    sq += (v - mean) ** 2
var = sq / (n - 1)
print("variance:", var)
std = var ** 0.5
print("stddev:", std)
print("stddev rounded:", round(std, 3))
s = sorted(data)
mid = n // 2
median = (s[mid - 1] + s[mid]) / 2 if n % 2 == 0 else s[mid]
print("median:", median)
print("min/max:", s[0], s[-1])
print("range:", s[-1] - s[0])
zs = [round((v - mean) / std, 2) for v in data]
print("z-scores:", zs)
outliers = [v for v, z in zip(data, zs) if abs(z) > 1.5]
print("outliers:", outliers)
print("pct above mean:", 100 * sum(1 for v in data if v > mean) / n)
