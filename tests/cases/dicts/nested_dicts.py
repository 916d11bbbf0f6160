company = {
    "eng": {"alice": {"age": 30, "skills": ["rust", "python"]}, "bob": {"age": 25, "skills": ["go"]}},
    "sales": {"carol": {"age": 41, "skills": []}},
}
print("alice age:", company["eng"]["alice"]["age"])
print("bob first skill:", company["eng"]["bob"]["skills"][0])
company["eng"]["bob"]["skills"].append("sql")
print("bob skills:", company["eng"]["bob"]["skills"])
company["hr"] = {}
company["hr"]["dan"] = {"age": 35, "skills": ["people"]}
print("departments:", list(company))
for dept, people in company.items():
    ages = [p["age"] for p in people.values()]
    print(f"{dept}: {len(people)} people, avg age {sum(ages) / len(ages):.1f}")
all_skills = sorted({s for people in company.values() for p in people.values() for s in p["skills"]})
print("all skills:", all_skills)
def get_path(d, path, default=None):
    cur = d
    for key in path:
        if isinstance(cur, dict) and key in cur:
            cur = cur[key]
        else:
            return default
    return cur
print("path ok:", get_path(company, ["sales", "carol", "age"]))
print("path missing:", get_path(company, ["sales", "zed", "age"], "n/a"))
print("path too deep:", get_path(company, ["eng", "alice", "age", "x"], "n/a"))
shallow = company.copy()
shallow["eng"]["eve"] = {"age": 22, "skills": []}
print("shallow copy shares inner:", "eve" in company["eng"])
shallow["new"] = {}
print("but not top level:", "new" in company)
