DATA = """ann:math=91,physics=84,chem=77
bob:math=68,physics=72
cy:math=100,physics=95,chem=88,bio=90
dee:chem=55,bio=61
eve:math=79,physics=abc,chem=83"""

students = {}
for line in DATA.splitlines():
    name, _, rest = line.partition(":")
    grades = {}
    for pair in rest.split(","):
        subj, _, val = pair.partition("=")
        try:
            grades[subj] = int(val)
        except ValueError:
            print(f"warning: {name} has bad {subj} grade {val!r}")
    students[name] = grades

def mean(xs):
    return sum(xs) / len(xs) if xs else 0.0

def median(xs):
    s = sorted(xs)
    n = len(s)
    if n == 0:
        return None
    mid = n // 2
    return s[mid] if n % 2 else (s[mid - 1] + s[mid]) / 2

def stdev(xs):
    m = mean(xs)
    return (sum((x - m) ** 2 for x in xs) / len(xs)) ** 0.5

for name, g in students.items():
    vals = list(g.values())
    print(f"{name:<4} n={len(vals)} mean={mean(vals):6.2f} median={median(vals)} best={max(g, key=g.get)}")

subjects = sorted({s for g in students.values() for s in g})
print("subjects:", subjects)
for subj in subjects:
    scores = [g[subj] for g in students.values() if subj in g]
    takers = [n for n, g in students.items() if subj in g]
    print(f"{subj:<8} takers={takers} mean={mean(scores):.1f} sd={stdev(scores):.2f} range={min(scores)}-{max(scores)}")

all_scores = [v for g in students.values() for v in g.values()]
print("overall mean:", round(mean(all_scores), 3))
print("overall median:", median(all_scores))
honor = sorted(n for n, g in students.items() if mean(list(g.values())) >= 85)
print("honor roll:", honor)
letter = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "D" if s >= 60 else "F"
dist = {}
for s in all_scores:
    dist[letter(s)] = dist.get(letter(s), 0) + 1
print("letters:", dict(sorted(dist.items())))
