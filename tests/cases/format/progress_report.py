# Progress bars and percentages
tasks = [("download", 37, 50), ("extract", 120, 120), ("index", 3, 400), ("verify", 0, 10)]
for name, done, total in tasks:
    frac = done / total
    filled = int(frac * 20)
    bar = "#" * filled + "." * (20 - filled)
    print(f"{name:>10} [{bar}] {frac:6.1%} ({done}/{total})")
overall = sum(d for _, d, _ in tasks) / sum(t for _, _, t in tasks)
print(f"{'overall':>10} {overall:.2%}")
print(f"{'remaining':>10} {sum(t - d for _, d, t in tasks):,} units")
for pct in (0, 0.5, 0.999, 1):
    print(f"{pct:.0%}|{pct:.1%}|{pct:>8.3%}")
