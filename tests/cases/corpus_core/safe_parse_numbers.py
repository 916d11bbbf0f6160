raw_values = ["42", "  17 ", "3.14", "-8", "1e3", "abc", "", "0x1F", "12abc", "None", "7_000", "+5", "-0", "∞"]

def safe_int(s, default=None):
    try:
        return int(s)
    except (ValueError, TypeError):
        return default

def parse_number(s):
    s = s.strip()
    if not s:
        raise ValueError("empty string")
    try:
        return int(s)
    except ValueError:
        pass
    try:
        return float(s)
    except ValueError:
        pass
    if s.lower().startswith("0x"):
        return int(s, 16)
    raise ValueError(f"cannot parse {s!r}")

ok, failed = [], []
for v in raw_values:
    try:
        n = parse_number(v)
        ok.append(n)
        print(f"{v!r:>9} -> {n!r:<8} ({type(n).__name__})")
    except ValueError as e:
        failed.append(v)
        print(f"{v!r:>9} -> error: {e}")
print("parsed:", ok)
print("failed:", failed)
print("sum of parsed:", sum(ok))
print([safe_int(v, -1) for v in raw_values])
print(safe_int(None), safe_int(3.9), safe_int([1], "bad"))
errors = {}
for v in raw_values:
    try:
        int(v)
    except ValueError as e:
        errors[v] = str(e)
for k, msg in errors.items():
    print(f"  int({k!r}): {msg}")
