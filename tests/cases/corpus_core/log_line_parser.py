LOG = """2024-03-01 10:00:01 INFO  server started port=8080
2024-03-01 10:00:05 DEBUG cache warmup items=120
2024-03-01 10:01:12 WARN  slow request path=/api/users ms=812
2024-03-01 10:02:00 ERROR db timeout host=db1 retries=3
2024-03-01 10:02:30 INFO  request path=/api/items ms=45
2024-03-01 10:03:10 ERROR db timeout host=db2 retries=5
garbage line here
2024-03-01 10:04:00 INFO  request path=/api/users ms=120
"""

def parse(line):
    parts = line.split(None, 3)
    if len(parts) < 4 or parts[0].count("-") != 2:
        return None
    date, time, level, rest = parts
    fields = {}
    words = []
    for token in rest.split():
        if "=" in token:
            k, v = token.split("=", 1)
            fields[k] = int(v) if v.isdigit() else v
        else:
            words.append(token)
    return {"date": date, "time": time, "level": level, "msg": " ".join(words), "fields": fields}

entries = []
bad = 0
for raw in LOG.splitlines():
    rec = parse(raw)
    if rec is None:
        bad += 1
        print("skip:", repr(raw))
        continue
    entries.append(rec)

print("parsed", len(entries), "bad", bad)
levels = {}
for e in entries:
    levels[e["level"]] = levels.get(e["level"], 0) + 1
for lvl in sorted(levels):
    print(f"{lvl:6}|{'#' * levels[lvl]}")

errors = [e for e in entries if e["level"] == "ERROR"]
for e in errors:
    print(e["time"], e["msg"], e["fields"])
retries = sum(e["fields"].get("retries", 0) for e in errors)
print("total retries:", retries)

timings = [e["fields"]["ms"] for e in entries if "ms" in e["fields"]]
print("timings:", timings, "avg=%.2f" % (sum(timings) / len(timings)))
paths = {}
for e in entries:
    p = e["fields"].get("path")
    if p:
        paths.setdefault(p, []).append(e["fields"]["ms"])
for p, ms in sorted(paths.items()):
    print(p, "count", len(ms), "max", max(ms))
print(entries[0])
