from dataclasses import dataclass, field, replace, asdict
from typing import List, Dict, Optional, Tuple
from collections import Counter, defaultdict


@dataclass(frozen=True)
class Ticket:
    tid: int
    title: str
    severity: str
    component: str
    reporter: str
    tags: Tuple[str, ...] = ()


@dataclass
class Assignment:
    ticket: Ticket
    team: str
    sla_hours: int
    notes: List[str] = field(default_factory=list)


SEVERITY_ORDER = {"critical": 0, "high": 1, "medium": 2, "low": 3}


def route(t: Ticket) -> Assignment:
    match t:
        case Ticket(severity="critical", component=comp):
            a = Assignment(t, f"oncall-{comp}", 2)
        case Ticket(component="billing" | "payments"):
            a = Assignment(t, "finance-eng", 24)
        case Ticket(tags=tags) if "security" in tags:
            a = Assignment(t, "security", 8)
        case Ticket(title=title) if title.lower().startswith("docs"):
            a = Assignment(t, "docs", 72)
        case Ticket(severity="high"):
            a = Assignment(t, "core", 12)
        case _:
            a = Assignment(t, "backlog", 168)
    if "regression" in t.tags:
        a.sla_hours = max(1, a.sla_hours // 2)
        a.notes.append("regression: SLA halved")
    return a


tickets = [
    Ticket(1, "Checkout fails with 500", "critical", "payments", "ann", ("regression",)),
    Ticket(2, "Invoice PDF misaligned", "low", "billing", "bob"),
    Ticket(3, "XSS in profile page", "high", "web", "cy", ("security",)),
    Ticket(4, "Docs: typo in install guide", "low", "docs", "dee"),
    Ticket(5, "Search slow for long queries", "high", "search", "ann", ("perf", "regression")),
    Ticket(6, "Dark mode colors off", "medium", "web", "eve"),
    Ticket(7, "Login loop on Safari", "critical", "auth", "bob", ("security",)),
    Ticket(8, "Export button missing", "medium", "web", "ann"),
]

assignments = [route(t) for t in tickets]
assignments.sort(key=lambda a: (SEVERITY_ORDER[a.ticket.severity], a.sla_hours, a.ticket.tid))
print(f"{'id':>3} {'severity':<9}{'team':<16}{'sla':>5}  title")
for a in assignments:
    note = f"  [{'; '.join(a.notes)}]" if a.notes else ""
    print(f"{a.ticket.tid:>3} {a.ticket.severity:<9}{a.team:<16}{a.sla_hours:>4}h  {a.ticket.title}{note}")

load = Counter(a.team for a in assignments)
print("team load:", sorted(load.items(), key=lambda kv: (-kv[1], kv[0])))
by_reporter = defaultdict(list)
for t in tickets:
    by_reporter[t.reporter].append(t.tid)
print("by reporter:", dict(sorted(by_reporter.items())))
all_tags = Counter(tag for t in tickets for tag in t.tags)
print("tags:", sorted(all_tags.items()))
escalated = replace(tickets[5], severity="critical")
print("escalated:", escalated)
print("re-routed:", route(escalated).team, "| original unchanged:", tickets[5].severity)
print("asdict:", asdict(tickets[0]))
seen = {tickets[0], replace(tickets[0]), tickets[1]}
print("unique tickets in set:", len(seen))
urgent = [a.ticket.tid for a in assignments if a.sla_hours <= 8]
print("urgent ids:", urgent, "| total SLA budget:", sum(a.sla_hours for a in assignments), "hours")
