responses = [
    ("18-29", "yes", 4), ("30-44", "no", 2), ("18-29", "yes", 5), ("45+", "no", 1),
    ("30-44", "yes", 3), ("45+", "yes", 4), ("18-29", "no", 2), ("30-44", "yes", 5),
    ("45+", "no", 2), ("45+", "yes", 5), ("18-29", "yes", 3), ("30-44", "no", 1),
]
groups = ["18-29", "30-44", "45+"]
answers = ["yes", "no"]

table = {g: {a: 0 for a in answers} for g in groups}
ratings = {g: [] for g in groups}
for group, answer, rating in responses:
    table[group][answer] += 1
    ratings[group].append(rating)

print(f"{'group':<8}" + "".join(f"{a:>6}" for a in answers) + f"{'total':>7}{'yes%':>7}{'avg':>6}")
col_totals = {a: 0 for a in answers}
for g in groups:
    row = table[g]
    total = sum(row.values())
    for a in answers:
        col_totals[a] += row[a]
    avg = sum(ratings[g]) / len(ratings[g])
    print(f"{g:<8}" + "".join(f"{row[a]:>6}" for a in answers) + f"{total:>7}{row['yes'] / total:>7.0%}{avg:>6.2f}")
grand = sum(col_totals.values())
print(f"{'total':<8}" + "".join(f"{col_totals[a]:>6}" for a in answers) + f"{grand:>7}{col_totals['yes'] / grand:>7.0%}")

expected = {g: {a: sum(table[g].values()) * col_totals[a] / grand for a in answers} for g in groups}
chi2 = sum((table[g][a] - expected[g][a]) ** 2 / expected[g][a] for g in groups for a in answers)
print(f"chi-square: {chi2:.4f}")
for g in groups:
    print(g, {a: round(v, 2) for a, v in expected[g].items()})
rating_dist = {}
for _, _, r in responses:
    rating_dist[r] = rating_dist.get(r, 0) + 1
for r in sorted(rating_dist):
    print(f"{r} stars: {'o' * rating_dist[r]}")
nps_like = sum(1 for *_, r in responses if r >= 4) - sum(1 for *_, r in responses if r <= 2)
print("net score:", nps_like, f"({nps_like / len(responses):+.0%})")
