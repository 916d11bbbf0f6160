# Server latency report computed with builtins only
samples = {"api": [120, 95, 310, 88, 102, 97], "db": [12, 15, 11, 240, 13], "cache": [1, 2, 1, 1, 3, 2, 1]}
print(f"{'svc':<6} {'n':>2} {'min':>4} {'max':>4} {'avg':>7} {'p50':>4} slow")
for name in sorted(samples):
    vals = samples[name]
    s = sorted(vals)
    p50 = s[len(s) // 2]
    avg = sum(vals) / len(vals)
    slow = [i for i, v in enumerate(vals) if v > 2 * p50]
    print(f"{name:<6} {len(vals):>2} {min(vals):>4} {max(vals):>4} {avg:>7.2f} {p50:>4} {slow}")
worst = max(samples, key=lambda k: max(samples[k]))
print("worst service:", worst)
all_vals = sorted(v for vals in samples.values() for v in vals)
print("global range:", all_vals[0], "-", all_vals[-1])
print("count over 100:", sum(1 for v in all_vals if v > 100))
print("rounded means:", {k: round(sum(v) / len(v), 1) for k, v in samples.items()})
print("any zero:", any(v == 0 for v in all_vals), "all positive:", all(v > 0 for v in all_vals))
