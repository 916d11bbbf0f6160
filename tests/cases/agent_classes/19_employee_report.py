from dataclasses import dataclass, field, asdict, replace
from typing import List, Dict, Optional
from collections import defaultdict, Counter


@dataclass(order=True)
class Employee:
    sort_key: tuple = field(init=False, repr=False)
    name: str
    dept: str
    salary: int
    manager: Optional[str] = None
    skills: List[str] = field(default_factory=list)

    def __post_init__(self):
        self.sort_key = (self.dept, -self.salary, self.name)


STAFF = [
    Employee("Ava", "eng", 125000, None, ["python", "go"]),
    Employee("Ben", "eng", 98000, "Ava", ["python"]),
    Employee("Cy", "eng", 101000, "Ava", ["rust", "python"]),
    Employee("Dee", "sales", 70000, None, ["crm"]),
    Employee("Eli", "sales", 64000, "Dee", ["crm", "excel"]),
    Employee("Fay", "ops", 88000, None, ["excel", "python"]),
    Employee("Gus", "ops", 72000, "Fay"),
    Employee("Hal", "eng", 98000, "Cy", ["go"]),
]


def by_dept(staff: List[Employee]) -> Dict[str, List[Employee]]:
    groups = defaultdict(list)
    for e in staff:
        groups[e.dept].append(e)
    return dict(groups)


def chain_of_command(name: str, index: Dict[str, Employee]) -> List[str]:
    chain = []
    cur = index[name].manager
    while cur is not None:
        chain.append(cur)
        cur = index[cur].manager
    return chain


def raise_salary(e: Employee, pct: float) -> Employee:
    return replace(e, salary=int(e.salary * (1 + pct)))


index = {e.name: e for e in STAFF}
print(f"{'name':<6}{'dept':<7}{'salary':>10}  manager")
for e in sorted(STAFF):
    print(f"{e.name:<6}{e.dept:<7}{e.salary:>10,}  {e.manager or '-'}")

print()
for dept, members in sorted(by_dept(STAFF).items()):
    sal = [m.salary for m in members]
    print(f"{dept:>5}: n={len(members)} avg={sum(sal) / len(sal):>10,.1f} max={max(sal):,} min={min(sal):,}")

print()
for name in ["Hal", "Eli", "Ava"]:
    print(f"{name} reports via: {chain_of_command(name, index) or 'nobody'}")

skills = Counter(s for e in STAFF for s in e.skills)
print("skills:", skills.most_common())
python_people = sorted(e.name for e in STAFF if "python" in e.skills)
print("python:", python_people)
reports = defaultdict(list)
for e in STAFF:
    if e.manager:
        reports[e.manager].append(e.name)
print("reports:", {k: sorted(v) for k, v in sorted(reports.items())})

raised = [raise_salary(e, 0.05) if e.dept == "sales" else e for e in STAFF]
for old, new in zip(STAFF, raised):
    if old is not new:
        print(f"raise {old.name}: {old.salary} -> {new.salary} (+{new.salary - old.salary})")
d = asdict(index["Cy"])
print("asdict Cy:", {k: v for k, v in d.items() if k != "sort_key"})
top = max(STAFF, key=lambda e: e.salary)
print("top earner:", top)
payroll = sum(e.salary for e in raised)
print(f"payroll after raises: {payroll:,} ({payroll / len(raised):,.0f} avg)")
