# Column-formatted statistics summary like an agent's analysis output
scores = {"alice": [88, 92, 79, 95], "bob": [72, 65, 80, 70], "carol": [100, 98, 99, 97],
          "dave": [55, 61, 58, 70]}
print(f"{'name':<8}{'n':>3}{'mean':>8}{'min':>5}{'max':>5}{'spread':>8}  grade")
for name, vals in scores.items():
    mean = sum(vals) / len(vals)
    grade = "A" if mean >= 90 else "B" if mean >= 80 else "C" if mean >= 70 else "F"
    print(f"{name:<8}{len(vals):>3}{mean:>8.2f}{min(vals):>5}{max(vals):>5}{max(vals) - min(vals):>8}  {grade}")
all_vals = [v for vals in scores.values() for v in vals]
overall = sum(all_vals) / len(all_vals)
print(f"{'ALL':<8}{len(all_vals):>3}{overall:>8.2f}{min(all_vals):>5}{max(all_vals):>5}")
above = [n for n, v in scores.items() if sum(v) / len(v) > overall]
print(f"above average: {', '.join(above)} ({len(above) / len(scores):.0%})")
print(f"overall as sci: {overall:.3e}, as general: {overall:g}")
