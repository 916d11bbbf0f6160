CONFIG = """
# database settings
db.host = localhost
db.port = 5432
db.user = admin   # inline comment
db.debug = true

[cache]
ttl = 300
enabled = no
backend = "redis"

[app]
name = My App
workers = 4
ratio = 0.75
tags = a, b, c
"""

def coerce(value):
    v = value.strip()
    if len(v) >= 2 and v[0] == v[-1] == '"':
        return v[1:-1]
    low = v.lower()
    if low in ("true", "yes", "on"):
        return True
    if low in ("false", "no", "off"):
        return False
    try:
        return int(v)
    except ValueError:
        pass
    try:
        return float(v)
    except ValueError:
        pass
    if "," in v:
        return [p.strip() for p in v.split(",")]
    return v

def parse_config(text):
    result = {}
    section = "root"
    for n, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            print(f"line {n}: section {section!r}")
            continue
        key, sep, value = line.partition("=")
        if not sep:
            print(f"line {n}: no '=' found")
            continue
        result.setdefault(section, {})[key.strip()] = coerce(value)
    return result

cfg = parse_config(CONFIG)
for section, values in cfg.items():
    print(f"[{section}]")
    for k, v in values.items():
        print(f"  {k} = {v!r} ({type(v).__name__})")

print(cfg["app"]["workers"] * cfg["app"]["ratio"])
print(cfg.get("missing", {}).get("x", "default"))
print(sorted(cfg))
