"""Build an ISO-week based planner and aggregate hours per week/month."""
from collections import defaultdict, Counter, OrderedDict
from datetime import date, timedelta, datetime

ENTRIES = [
    ("2024-12-27", "infra", 3.5), ("2024-12-30", "infra", 6), ("2024-12-31", "docs", 2.25),
    ("2025-01-02", "feature", 7), ("2025-01-03", "feature", 5.5), ("2025-01-06", "review", 1.5),
    ("2025-01-07", "feature", 8), ("2025-01-08", "bugfix", 4), ("2025-01-13", "bugfix", 6.75),
    ("2025-01-31", "docs", 3), ("2025-02-03", "feature", 7.5),
]

weekly = defaultdict(float)
monthly = defaultdict(float)
by_weekday = Counter()
projects = defaultdict(set)
for day_s, project, hours in ENTRIES:
    d = date.fromisoformat(day_s)
    iso = d.isocalendar()
    key = f"{iso.year}-W{iso.week:02d}"
    weekly[key] += hours
    monthly[d.strftime("%Y-%m")] += hours
    by_weekday[d.strftime("%a")] += hours
    projects[key].add(project)

print("ISO weeks:")
for week in sorted(weekly):
    year, wk = week.split("-W")
    monday = date.fromisocalendar(int(year), int(wk), 1)
    sunday = monday + timedelta(days=6)
    flag = " (overtime)" if weekly[week] > 20 else ""
    print(f"  {week} [{monday:%d %b} - {sunday:%d %b %Y}] {weekly[week]:5.2f}h {sorted(projects[week])}{flag}")

print("Monthly:", dict(OrderedDict(sorted(monthly.items()))))
print("By weekday:", sorted(by_weekday.items(), key=lambda kv: ["Mon", "Tue", "Wed", "Thu", "Fri"].index(kv[0])))

d = date(2024, 12, 30)
print(d, "is in ISO year", d.isocalendar().year, "week", d.isocalendar().week, "| %G-W%V-%u:", d.strftime("%G-W%V-%u"))
print("Jan 1 2025 weekday:", date(2025, 1, 1).strftime("%A"), date(2025, 1, 1).weekday())
parsed = datetime.strptime("2025-W02-3", "%G-W%V-%u")
print("parsed ISO week date:", parsed.date())
first_mondays = []
for month in range(1, 7):
    first = date(2025, month, 1)
    first_mondays.append(first + timedelta(days=(7 - first.weekday()) % 7))
print("first Mondays 2025:", [m.isoformat() for m in first_mondays])
span = date.fromisoformat(ENTRIES[-1][0]) - date.fromisoformat(ENTRIES[0][0])
print(f"span {span.days} days = {span.days // 7} weeks {span.days % 7} days; total {sum(h for *_, h in ENTRIES)}h")
try:
    date.fromisocalendar(2025, 53, 1)
except ValueError as e:
    print(type(e).__name__, e)
print("max/min:", date.max, date.min, timedelta.max.days, (date(2025, 3, 1) - date(2024, 3, 1)).days)
