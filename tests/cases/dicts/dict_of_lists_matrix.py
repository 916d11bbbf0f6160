students = {
    "ana": [88, 92, 79],
    "ben": [75, 64, 90, 81],
    "cho": [95],
}
for name, scores in students.items():
    avg = sum(scores) / len(scores)
    print(f"{name}: n={len(scores)} avg={avg:.2f} best={max(scores)}")
students["cho"].extend([85, 90])
print("cho after extend:", students["cho"])
students.setdefault("dee", []).append(70)
print("names:", list(students))
ranking = sorted(students, key=lambda n: sum(students[n]) / len(students[n]), reverse=True)
print("ranking:", ranking)
all_scores = [s for sc in students.values() for s in sc]
print("all scores:", all_scores)
print("overall avg:", round(sum(all_scores) / len(all_scores), 3))
buckets = {"A": [], "B": [], "C": [], "F": []}
for s in all_scores:
    if s >= 90:
        buckets["A"].append(s)
    elif s >= 80:
        buckets["B"].append(s)
    elif s >= 70:
        buckets["C"].append(s)
    else:
        buckets["F"].append(s)
print("buckets:", buckets)
print("bucket sizes:", {k: len(v) for k, v in buckets.items()})
