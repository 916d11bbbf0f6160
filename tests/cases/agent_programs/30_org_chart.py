"""Employee hierarchy: inheritance, org-tree traversal, payroll and reporting chains."""
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional

class OrgError(Exception):
    pass

@dataclass(eq=False)
class Employee:
    name: str
    title: str
    base_salary: int
    manager: Optional["Manager"] = field(default=None, repr=False)

    def annual_pay(self) -> int:
        return self.base_salary

    @property
    def level(self) -> int:
        return 0 if self.manager is None else self.manager.level + 1

    def chain(self) -> Iterator["Employee"]:
        node: Optional[Employee] = self
        while node is not None:
            yield node
            node = node.manager

    def __lt__(self, other: "Employee") -> bool:
        return (self.annual_pay(), self.name) < (other.annual_pay(), other.name)

    def __str__(self) -> str:
        return f"{self.name} ({self.title})"

@dataclass(eq=False)
class Engineer(Employee):
    stock: int = 0

    def annual_pay(self) -> int:
        return super().annual_pay() + self.stock

@dataclass(eq=False)
class SalesRep(Employee):
    sales: int = 0
    commission: float = 0.05

    def annual_pay(self) -> int:
        return super().annual_pay() + int(self.sales * self.commission)

@dataclass(eq=False)
class Manager(Employee):
    reports: List[Employee] = field(default_factory=list, repr=False)
    bonus_pct: float = 0.10

    def add(self, *emps: Employee) -> "Manager":
        for e in emps:
            if self in e.chain() or e is self:
                raise OrgError(f"cycle: {e.name} cannot report to {self.name}")
            e.manager = self
            self.reports.append(e)
        return self

    def annual_pay(self) -> int:
        return int(super().annual_pay() * (1 + self.bonus_pct))

    def __iter__(self) -> Iterator[Employee]:
        for r in self.reports:
            yield r
            if isinstance(r, Manager):
                yield from r

    def __len__(self) -> int:
        return sum(1 for _ in self)

ceo = Manager("Grace", "CEO", 250_000, bonus_pct=0.25)
cto = Manager("Linus", "CTO", 200_000)
vps = Manager("Mary", "VP Sales", 180_000, bonus_pct=0.15)
ceo.add(cto, vps)
cto.add(Engineer("Ada", "Staff Eng", 170_000, stock=40_000),
        Engineer("Ken", "Engineer", 140_000, stock=10_000),
        Manager("Barbara", "Eng Manager", 160_000))
cto.reports[2].add(Engineer("Dennis", "Engineer", 135_000), Engineer("Bjarne", "Intern", 45_000))
vps.add(SalesRep("Zig", "Account Exec", 90_000, sales=1_200_000),
        SalesRep("Dale", "SDR", 60_000, sales=300_000, commission=0.08))

def print_tree(m: Manager, indent: int = 0) -> None:
    print("  " * indent + f"{m} - ${m.annual_pay():,}")
    for r in m.reports:
        if isinstance(r, Manager):
            print_tree(r, indent + 1)
        else:
            print("  " * (indent + 1) + f"{r} - ${r.annual_pay():,}")

print_tree(ceo)
print(f"headcount under CEO: {len(ceo)}, under CTO: {len(cto)}")
everyone = [ceo, *ceo]
payroll = defaultdict(int)
for e in everyone:
    payroll[type(e).__name__] += e.annual_pay()
for kind, total in sorted(payroll.items(), key=lambda kv: -kv[1]):
    print(f"  {kind:<9} ${total:>10,}")
print(f"  {'total':<9} ${sum(payroll.values()):>10,}")
bjarne = next(e for e in ceo if e.name == "Bjarne")
print("Bjarne's chain:", " -> ".join(e.name for e in bjarne.chain()), "| level", bjarne.level)
top3 = sorted(everyone, reverse=True)[:3]
print("top earners:", [(e.name, e.annual_pay()) for e in top3])
print("lowest earner:", min(everyone).name)
by_level: Dict[int, List[str]] = defaultdict(list)
for e in everyone:
    by_level[e.level].append(e.name)
print("by level:", dict(by_level))
print(repr(bjarne))
try:
    cto.reports[2].add(ceo)
except OrgError as exc:
    print("OrgError:", exc)
