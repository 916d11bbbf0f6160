"""Parse web server access logs and summarize traffic by status and hour."""
import re
from collections import Counter, defaultdict
from datetime import datetime

LOG_LINES = """\
192.168.1.10 - - [12/Mar/2024:08:15:02 +0000] "GET /index.html HTTP/1.1" 200 1043
10.0.0.5 - - [12/Mar/2024:08:17:45 +0000] "POST /api/login HTTP/1.1" 401 87
192.168.1.10 - - [12/Mar/2024:09:01:13 +0000] "GET /images/logo.png HTTP/1.1" 200 5120
172.16.0.3 - - [12/Mar/2024:09:22:59 +0000] "GET /missing HTTP/1.1" 404 0
10.0.0.5 - - [12/Mar/2024:09:23:10 +0000] "POST /api/login HTTP/1.1" 200 312
garbage line that does not match anything
192.168.1.77 - - [12/Mar/2024:10:05:00 +0000] "DELETE /api/items/42 HTTP/1.1" 500 64
10.0.0.5 - - [12/Mar/2024:10:45:30 +0000] "GET /api/items HTTP/1.1" 200 2048
""".splitlines()

LOG_RE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+)'
)


def parse(lines):
    records, bad = [], []
    for lineno, line in enumerate(lines, 1):
        m = LOG_RE.match(line)
        if not m:
            bad.append(lineno)
            continue
        rec = m.groupdict()
        rec["ts"] = datetime.strptime(rec["ts"], "%d/%b/%Y:%H:%M:%S %z")
        rec["status"] = int(rec["status"])
        rec["size"] = int(rec["size"])
        records.append(rec)
    return records, bad


records, bad = parse(LOG_LINES)
print(f"Parsed {len(records)} records, {len(bad)} malformed (lines {bad})")

status_counts = Counter(r["status"] for r in records)
for status, n in sorted(status_counts.items()):
    print(f"  status {status}: {n}")

by_hour = defaultdict(int)
for r in records:
    by_hour[r["ts"].strftime("%H:00")] += r["size"]
print("Bytes by hour:")
for hour in sorted(by_hour):
    print(f"  {hour} -> {by_hour[hour]:>6} bytes")

ip_counts = Counter(r["ip"] for r in records)
print("Top clients:", ip_counts.most_common(2))

errors = [r for r in records if r["status"] >= 400]
for r in errors:
    print(f"ERROR {r['status']} {r['method']} {r['path']} at {r['ts'].isoformat()}")

span = max(r["ts"] for r in records) - min(r["ts"] for r in records)
print("Log span:", span, "=", span.total_seconds(), "seconds")
