# Multi-key sorting and grouping of records like an agent's data task
records = [
    {"name": "delta", "dept": "eng", "salary": 120000, "years": 5},
    {"name": "alpha", "dept": "ops", "salary": 85000, "years": 2},
    {"name": "echo", "dept": "eng", "salary": 120000, "years": 3},
    {"name": "bravo", "dept": "eng", "salary": 99000, "years": 7},
    {"name": "charlie", "dept": "ops", "salary": 91000, "years": 9},
    {"name": "foxtrot", "dept": "hr", "salary": 70000, "years": 1},
]
by_salary = sorted(records, key=lambda r: (-r["salary"], r["name"]))
for r in by_salary:
    print(f"{r['name']:<8} {r['dept']:<4} {r['salary']:>7,} {r['years']:>2}")
depts = sorted({r["dept"] for r in records})
print("depts:", depts)
for d in depts:
    members = [r for r in records if r["dept"] == d]
    total = sum(r["salary"] for r in members)
    senior = max(members, key=lambda r: r["years"])
    print(f"{d}: n={len(members)} total={total:,} avg={total / len(members):,.1f} senior={senior['name']}")
ranks = {r["name"]: i for i, r in enumerate(by_salary, 1)}
print("ranks:", ranks)
print("top 3 names:", [r["name"] for r in by_salary[:3]])
print("any under 75k:", any(r["salary"] < 75000 for r in records))
print("years sum/min/max:", sum(r["years"] for r in records), min(r["years"] for r in records), max(r["years"] for r in records))
