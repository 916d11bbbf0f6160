"""Render weekly status reports from string.Template; one record lacks a field."""
import textwrap
from string import Template
from collections import OrderedDict
from typing import Dict, List

REPORT = Template(textwrap.dedent("""\
    == Weekly report: $team ==
    Lead: $lead | Sprint: $sprint
    Completed: $done / $planned tickets ($pct%)
    Risk: $risk
"""))

TEAMS: List[Dict[str, object]] = [
    {"team": "Payments", "lead": "Ravi", "sprint": 41, "done": 18, "planned": 20, "risk": "low"},
    {"team": "Search", "lead": "Mei", "sprint": 41, "done": 9, "planned": 15, "risk": "medium: index rebuild"},
    {"team": "Mobile", "sprint": 12, "done": 7, "planned": 7, "risk": "none"},
    {"team": "Infra", "lead": "Olu", "sprint": 8, "done": 3, "planned": 12, "risk": "high"},
]


def enrich(record: Dict[str, object]) -> Dict[str, object]:
    out = dict(record)
    out["pct"] = round(100 * int(record["done"]) / int(record["planned"]))
    return out


summary: "OrderedDict[str, int]" = OrderedDict()
for record in sorted((r for r in TEAMS if "lead" in r), key=lambda r: str(r["team"]))[:2]:
    data = enrich(record)
    print(REPORT.substitute(data))
    summary[str(data["team"])] = int(data["pct"])

print("preview of all teams (safe):")
for record in TEAMS:
    line = Template("  $team led by $lead").safe_substitute(record)
    print(line)

print("summary so far:", dict(summary))
overall = sum(int(r["done"]) for r in TEAMS) / sum(int(r["planned"]) for r in TEAMS)
print(f"overall completion: {overall:.1%}")
print(textwrap.indent(textwrap.fill("Full reports follow for every team, in the original submission order.", 40), "  # "))

for record in TEAMS:
    print(REPORT.substitute(enrich(record)))
