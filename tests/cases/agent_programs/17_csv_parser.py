"""A state-machine CSV parser (quotes, escaped quotes, embedded newlines) plus typed rows."""
from collections import defaultdict
from dataclasses import dataclass, fields
from typing import Iterator, List, Optional

RAW = '''id,name,dept,salary,notes
1,Ada Lovelace,eng,125000,"likes ""math"""
2,"Hopper, Grace",eng,131000,
3,Linus,ops,98000,"multi
line note"
4,Ken,ops,not_a_number,bad salary
5,"Barbara Liskov",research,142000,"substitution, principle"
6,Dennis,eng,119500,
'''


class CSVError(Exception):
    pass


def parse_csv(text: str, delim: str = ",") -> Iterator[List[str]]:
    state = "start"
    field_chars: List[str] = []
    row: List[str] = []
    for ch in text:
        match state, ch:
            case ("start" | "unquoted", c) if c == delim:
                row.append("".join(field_chars)); field_chars = []; state = "start"
            case ("start" | "unquoted" | "after_quote", "\n"):
                row.append("".join(field_chars)); field_chars = []
                yield row
                row, state = [], "start"
            case ("start", '"'):
                state = "quoted"
            case ("start" | "unquoted", c):
                field_chars.append(c); state = "unquoted"
            case ("quoted", '"'):
                state = "after_quote"
            case ("quoted", c):
                field_chars.append(c)
            case ("after_quote", '"'):
                field_chars.append('"'); state = "quoted"
            case ("after_quote", c) if c == delim:
                row.append("".join(field_chars)); field_chars = []; state = "start"
            case ("after_quote", c):
                raise CSVError(f"unexpected {c!r} after closing quote")
    if state == "quoted":
        raise CSVError("unterminated quoted field")
    if field_chars or row:
        row.append("".join(field_chars))
        yield row


@dataclass
class Employee:
    id: int
    name: str
    dept: str
    salary: int
    notes: Optional[str] = None

    @classmethod
    def from_row(cls, header: List[str], row: List[str]) -> "Employee":
        if len(row) != len(header):
            raise CSVError(f"expected {len(header)} fields, got {len(row)}")
        raw = dict(zip(header, row))
        kwargs = {}
        for f in fields(cls):
            value = raw.get(f.name, "")
            if f.type in (int, "int"):
                try:
                    kwargs[f.name] = int(value)
                except ValueError as exc:
                    raise CSVError(f"row {raw['id']}: {f.name}={value!r} is not an int") from exc
            else:
                kwargs[f.name] = value or None
        return cls(**kwargs)


rows = list(parse_csv(RAW))
header, body = rows[0], rows[1:]
print("header:", header)
print(f"{len(body)} data rows")
employees: List[Employee] = []
for row in body:
    try:
        employees.append(Employee.from_row(header, row))
    except CSVError as exc:
        cause = type(exc.__cause__).__name__ if exc.__cause__ else "-"
        print(f"  skipped: {exc} (cause: {cause})")
for e in employees:
    print(f"  {e.id:>2} {e.name:<16} {e.dept:<9} {e.salary:>8,} {e.notes!r}")

by_dept = defaultdict(list)
for e in employees:
    by_dept[e.dept].append(e.salary)
for dept, sal in sorted(by_dept.items()):
    print(f"{dept:<9} n={len(sal)} avg={sum(sal) / len(sal):>10,.1f} max={max(sal):,}")

for bad in ['a,"b\n', 'x,"y"z\n', "p;q;r\n1;2;3"]:
    try:
        print("parsed:", list(parse_csv(bad, delim=";" if ";" in bad else ",")))
    except CSVError as exc:
        print("CSVError:", exc)
