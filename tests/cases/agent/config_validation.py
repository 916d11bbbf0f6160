SCHEMA = {
    "name": (str, True),
    "port": (int, True),
    "debug": (bool, False),
    "hosts": (list, False),
    "timeout": (float, False),
}
DEFAULTS = {"debug": False, "hosts": ["localhost"], "timeout": 30.0}

def validate(cfg):
    errors = []
    out = {}
    for key, (typ, required) in SCHEMA.items():
        if key not in cfg:
            if required:
                errors.append(f"missing required key {key!r}")
            else:
                out[key] = DEFAULTS[key]
            continue
        val = cfg[key]
        if typ is float and isinstance(val, int) and not isinstance(val, bool):
            val = float(val)
        if not isinstance(val, typ) or (typ is int and isinstance(val, bool)):
            errors.append(f"{key}: expected {typ.__name__}, got {type(val).__name__}")
            continue
        out[key] = val
    for key in cfg:
        if key not in SCHEMA:
            errors.append(f"unknown key {key!r}")
    if "port" in out and not 1 <= out["port"] <= 65535:
        errors.append(f"port {out['port']} out of range")
    if errors:
        raise ValueError("; ".join(errors))
    return out

configs = [
    {"name": "web", "port": 80},
    {"name": "api", "port": 8080, "debug": True, "timeout": 5, "hosts": ["a", "b"]},
    {"port": "80"},
    {"name": "x", "port": True, "colour": "red"},
    {"name": "y", "port": 70000, "timeout": "slow"},
]
valid = []
for i, c in enumerate(configs):
    try:
        v = validate(c)
        valid.append(v)
        print(f"config {i}: OK {v}")
    except ValueError as e:
        print(f"config {i}: INVALID")
        for msg in str(e).split("; "):
            print("   -", msg)
print("valid count:", len(valid))
print("ports:", [v["port"] for v in valid])
print("any debug:", any(v["debug"] for v in valid))
