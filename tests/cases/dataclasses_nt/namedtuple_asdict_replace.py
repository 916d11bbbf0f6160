from collections import namedtuple

Employee = namedtuple("Employee", "name dept salary")

staff = [
    Employee("ann", "eng", 120),
    Employee("bob", "ops", 90),
    Employee("cat", "eng", 110),
    Employee("dan", "sales", 80),
]

for e in staff:
    print(e._asdict())

raised = [e._replace(salary=e.salary + 10) if e.dept == "eng" else e for e in staff]
for old, new in zip(staff, raised):
    print(old.name, old.salary, "->", new.salary, "changed" if old != new else "same")

by_dept = {}
for e in raised:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)

d = staff[0]._asdict()
d["salary"] = 999
print(d, staff[0].salary)
print(Employee(**d))
print(type(staff[0]._asdict()).__name__)

print(staff[0]._replace())
print(staff[0]._replace() == staff[0])

try:
    staff[0].salary = 1
except AttributeError as e:
    print("AttributeError: namedtuple is immutable")
top = max(staff, key=lambda e: e.salary)
print(top.name, top[2])
