data = [3, 7, 2, 9, 4, 7, 7, 1, 5, 9, 8, 3, 6, 5, 5, 2, 10, 4, 6, 6, 7, 8]

counts = {}
for x in data:
    counts[x] = counts.get(x, 0) + 1
print("value counts:")
for v in range(min(data), max(data) + 1):
    n = counts.get(v, 0)
    print(f"{v:>3} | {'*' * n:<6}| {n}")

buckets = [(1, 3), (4, 6), (7, 9), (10, 12)]
print("bucketed:")
for lo, hi in buckets:
    n = sum(1 for x in data if lo <= x <= hi)
    bar = "#" * (n * 2)
    print(f"{lo:>2}-{hi:<2} {bar} ({n / len(data):.0%})")

print("vertical:")
tallest = max(counts.values())
keys = sorted(counts)
for level in range(tallest, 0, -1):
    print("".join(" * " if counts[k] >= level else "   " for k in keys))
print("".join(f"{k:^3}" for k in keys))

words = "apple banana apple cherry banana apple date elderberry fig apple".split()
wc = {}
for w in words:
    wc[w] = wc.get(w, 0) + 1
width = max(len(w) for w in wc)
scale = 20 / max(wc.values())
for w, n in sorted(wc.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{w:>{width}} {'=' * round(n * scale)} {n}")
mean = sum(data) / len(data)
var = sum((x - mean) ** 2 for x in data) / len(data)
print(f"mean={mean:.3f} var={var:.3f} std={var ** 0.5:.3f}")
mode = max(counts, key=lambda k: (counts[k], -k))
print("mode:", mode)
