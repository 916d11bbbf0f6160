records = []
for i in range(10_000):
    records.append({
        "id": i,
        "team": ["alpha", "beta", "gamma", "delta"][i % 4],
        "score": (i * 37) % 101,
        "active": i % 3 != 0,
        "tags": ["x", "y"] if i % 5 == 0 else ["z"],
    })

active = [r for r in records if r["active"] and r["score"] > 20]
groups = {}
for r in active:
    groups.setdefault(r["team"], []).append(r)

summary = {}
for team, rows in sorted(groups.items()):
    scores = [r["score"] for r in rows]
    summary[team] = {
        "count": len(rows),
        "mean": round(sum(scores) / len(scores), 2),
        "max": max(scores),
        "tagged": sum(1 for r in rows if "x" in r["tags"]),
    }

for team, s in summary.items():
    print(f"{team:>6}: n={s['count']:5d} mean={s['mean']:6.2f} max={s['max']:3d} tagged={s['tagged']}")
