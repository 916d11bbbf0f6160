# Agent-style log triage: parse lines with re, timestamps with datetime, aggregate.
import re
from datetime import datetime, timedelta
from collections import Counter

levels = ["INFO", "WARN", "ERROR"]
lines = []
start = datetime(2024, 3, 5, 8, 0, 0)
for i in range(4000):
    when = start + timedelta(seconds=37 * i)
    lines.append(f"{when.isoformat()} {levels[i % 7 % 3]} svc-{i % 5} request id={i} took {i % 250}ms user=u{i % 13}@example.com")

pattern = re.compile(r"^(\S+) (INFO|WARN|ERROR) (svc-\d) request id=(\d+) took (\d+)ms user=(\S+)$")
per_level = Counter()
slow = []
by_hour = Counter()
for line in lines:
    m = pattern.match(line)
    ts, level, svc, rid, ms, user = m.groups()
    per_level[level] += 1
    when = datetime.fromisoformat(ts)
    by_hour[when.strftime("%H:00")] += 1
    if int(ms) > 240:
        slow.append((svc, int(rid)))
emails = set(re.findall(r"user=(\w+)@", "\n".join(lines)))
masked = re.sub(r"(\w+)@example\.com", lambda m: m.group(1)[0] + "***@example.com", lines[0])
print(sorted(per_level.items()), len(slow), len(emails), by_hour.most_common(2), masked)
