results = [("zoe", 310), ("amir", 450), ("bea", 310), ("cho", 520), ("dan", 450),
           ("eve", 120), ("fox", 310), ("gia", 600)]

ordered = sorted(results, key=lambda r: (-r[1], r[0]))

print("standard competition ranking (1224):")
rank = 0
prev = None
for i, (name, score) in enumerate(ordered, 1):
    if score != prev:
        rank = i
        prev = score
    print(f"  {rank:>2}. {name:<5} {score}")

print("dense ranking (1223):")
dense = {}
for name, score in ordered:
    if score not in dense:
        dense[score] = len(dense) + 1
    print(f"  {dense[score]:>2}. {name:<5} {score}")

print("fractional ranking:")
i = 0
while i < len(ordered):
    j = i
    while j < len(ordered) and ordered[j][1] == ordered[i][1]:
        j += 1
    avg_rank = (i + 1 + j) / 2
    for k in range(i, j):
        print(f"  {avg_rank:>4} {ordered[k][0]}")
    i = j

scores = [s for _, s in results]
def percentile_of(score):
    below = sum(1 for s in scores if s < score)
    equal = sum(1 for s in scores if s == score)
    return 100 * (below + 0.5 * equal) / len(scores)
for name, score in ordered[:4]:
    print(f"{name} percentile {percentile_of(score):.1f}")
ties = {}
for n, s in results:
    ties.setdefault(s, []).append(n)
print("ties:", {s: sorted(ns) for s, ns in sorted(ties.items()) if len(ns) > 1})
print("podium:", [n for n, _ in ordered[:3]])
