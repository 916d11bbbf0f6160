# Parsing a text log report like an agent would
log = """2024-03-01 12:00:01 INFO  server started port=8080
2024-03-01 12:00:05 WARN  disk usage high used=91%
2024-03-01 12:01:10 ERROR request failed path=/api/users code=500
2024-03-01 12:01:11 INFO  request ok path=/api/items code=200
2024-03-01 12:02:00 ERROR request failed path=/api/items code=503

2024-03-01 12:03:30 INFO  shutdown requested"""
levels = {}
errors = []
for lineno, line in enumerate(log.splitlines(), 1):
    if not line.strip():
        print(f"line {lineno}: blank, skipped")
        continue
    date, time, level, rest = line.split(None, 3)
    levels[level] = levels.get(level, 0) + 1
    fields = dict(tok.split("=", 1) for tok in rest.split() if "=" in tok)
    msg = " ".join(tok for tok in rest.split() if "=" not in tok)
    print(f"line {lineno}: {time} [{level}] {msg!r} {fields}")
    if level == "ERROR":
        errors.append((time, fields.get("path"), int(fields.get("code", 0))))
print("levels:", levels)
print("errors:", errors)
print("error paths:", sorted({p for _, p, _ in errors}))
print("max code:", max(c for _, _, c in errors))
