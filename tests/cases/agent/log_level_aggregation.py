LOG = """2024-01-01 10:00:01 INFO  server started port=8080
2024-01-01 10:00:05 DEBUG cache warm keys=120
2024-01-01 10:01:10 WARN  slow request path=/api/items ms=1250
2024-01-01 10:01:11 ERROR db timeout path=/api/items ms=5000
2024-01-01 10:02:00 INFO  request path=/home ms=35
2024-01-01 10:02:30 INFO  request path=/api/items ms=80
2024-01-01 10:03:00 ERROR db timeout path=/api/orders ms=5000
2024-01-01 10:03:30 WARN  slow request path=/home ms=900
garbage line without structure
2024-01-01 10:04:00 INFO  server stopping"""

def parse_line(line):
    parts = line.split()
    if len(parts) < 4 or parts[2] not in ("INFO", "DEBUG", "WARN", "ERROR"):
        raise ValueError(f"unparseable: {line[:20]!r}")
    date, time, level = parts[0], parts[1], parts[2]
    fields = {}
    words = []
    for p in parts[3:]:
        if "=" in p:
            k, v = p.split("=", 1)
            fields[k] = int(v) if v.isdigit() else v
        else:
            words.append(p)
    return {"time": time, "level": level, "msg": " ".join(words), "fields": fields}

entries = []
for line in LOG.splitlines():
    try:
        entries.append(parse_line(line))
    except ValueError as e:
        print("skip:", e)

print("entries:", len(entries))
levels = {}
for e in entries:
    levels[e["level"]] = levels.get(e["level"], 0) + 1
for lvl in ["DEBUG", "INFO", "WARN", "ERROR"]:
    print(f"{lvl:<6} {levels.get(lvl, 0):>2} {'*' * levels.get(lvl, 0)}")

timings = {}
for e in entries:
    f = e["fields"]
    if "path" in f and "ms" in f:
        timings.setdefault(f["path"], []).append(f["ms"])
print("paths:", sorted(timings))
for path in sorted(timings, key=lambda p: -max(timings[p])):
    ms = timings[path]
    print(f"{path:<12} n={len(ms)} avg={sum(ms) / len(ms):.1f} max={max(ms)}")

errors = [e for e in entries if e["level"] == "ERROR"]
print("first error at:", errors[0]["time"], "-", errors[0]["msg"])
print("error paths:", [e["fields"]["path"] for e in errors])
print("messages:", sorted({e["msg"] for e in entries}))
