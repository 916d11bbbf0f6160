"""Parse semi-structured CSV-ish text into namedtuples with validation."""
import re
from collections import namedtuple
from typing import List, Optional, Tuple

Employee = namedtuple("Employee", ["emp_id", "name", "dept", "salary", "email"])

RAW = """
id ; name ; dept ; salary ; email
101; Ada Lovelace ;Engineering; 125,000 ; ada@example.com
102;Grace Hopper;Engineering;132000;grace@EXAMPLE.com
103 ; Alan Turing ; Research ; 118,500 ; alan.turing@example
104;  Katherine Johnson;Research;  121000 ;kj@example.org
105;Linus;Ops;not-a-number;linus@example.com
;Nobody;Ops;1000;x@example.com
"""

SPLIT_RE = re.compile(r"\s*;\s*")
EMAIL_RE = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$", re.IGNORECASE)


def parse_row(line: str) -> Tuple[Optional[Employee], Optional[str]]:
    parts = SPLIT_RE.split(line.strip())
    if len(parts) != 5:
        return None, f"expected 5 fields, got {len(parts)}"
    emp_id, name, dept, salary, email = parts
    if not emp_id.isdigit():
        return None, f"bad id {emp_id!r}"
    try:
        salary_val = int(salary.replace(",", ""))
    except ValueError as e:
        return None, f"bad salary: {e}"
    if not EMAIL_RE.fullmatch(email):
        return None, f"bad email {email!r}"
    return Employee(int(emp_id), name, dept, salary_val, email.lower()), None


lines = [l for l in RAW.strip().splitlines()]
header = SPLIT_RE.split(lines[0].strip())
print("header:", header)
employees: List[Employee] = []
for lineno, line in enumerate(lines[1:], start=2):
    emp, err = parse_row(line)
    if err:
        print(f"line {lineno}: skipped ({err})")
    else:
        employees.append(emp)

print(f"{len(employees)} valid employees")
for e in sorted(employees, key=lambda e: (-e.salary, e.name)):
    print(f"  {e.emp_id} {e.name:<20} {e.dept:<12} ${e.salary:>9,}")

first = employees[0]
print("as dict:", first._asdict())
print("replace:", first._replace(salary=first.salary + 5000))
print("fields:", Employee._fields)
print("indexing:", first[1], first.dept)
raise_pct = {"Engineering": 0.05, "Research": 0.03}
for e in employees:
    new = round(e.salary * (1 + raise_pct.get(e.dept, 0)))
    print(f"  {e.name.split()[0]:<10} {e.salary} -> {new}")
domains = sorted({e.email.split("@")[1] for e in employees})
print("domains:", domains)
