students = {
    "Ava": [92, 88, 95, 79],
    "Ben": [65, 70, 58, 81],
    "Cleo": [100, 97, 99, 94],
    "Dev": [45, 60, 52, 38],
    "Emi": [85, 85, 90, 88],
}
CUTOFFS = [(90, "A"), (80, "B"), (70, "C"), (60, "D"), (0, "F")]

def letter(avg):
    for cutoff, grade in CUTOFFS:
        if avg >= cutoff:
            return grade
    return "?"

def main():
    report = []
    for name, scores in students.items():
        dropped = sorted(scores)[1:]
        avg = sum(dropped) / len(dropped)
        report.append((name, avg, letter(avg), min(scores), max(scores)))
    report.sort(key=lambda r: r[1], reverse=True)
    print(f"{'rank':<5}{'name':<6}{'avg':>7} {'grade':^7}{'lo':>4}{'hi':>4}")
    for rank, (name, avg, g, lo, hi) in enumerate(report, 1):
        print(f"{rank:<5}{name:<6}{avg:>7.2f} {g:^7}{lo:>4}{hi:>4}")
    dist = {}
    for r in report:
        dist[r[2]] = dist.get(r[2], 0) + 1
    print("distribution:", {g: dist.get(g, 0) for _, g in CUTOFFS})
    class_avg = sum(r[1] for r in report) / len(report)
    print(f"class average: {class_avg:.3f}")
    above = [r[0] for r in report if r[1] > class_avg]
    print("above average:", above)
    per_test = list(zip(*students.values()))
    for i, col in enumerate(per_test, 1):
        print(f"test {i}: mean {sum(col) / len(col):6.2f} best {max(col)}")
    improved = [n for n, s in students.items() if s[-1] > s[0]]
    print("improved:", improved)
    return report

result = main()
print(len(result), result[0][0], round(result[-1][1], 1))
