TEXT = """Contact us at support@example.com or sales@shop.example.org.
Personal: john.doe+news@mail.co.uk, bad@address, @nouser.com, x@y.z
Team: ALICE@Company.COM; bob_smith99@sub.domain.io (backup: bob@sub.domain.io)
Not emails: user@@double.com, trailing.dot@site., spaces @ here.com"""

VALID_LOCAL = set("abcdefghijklmnopqrstuvwxyz0123456789._+-")
VALID_DOMAIN = set("abcdefghijklmnopqrstuvwxyz0123456789.-")

def candidates(text):
    for sep in ",;()":
        text = text.replace(sep, " ")
    return [tok.strip(".") for tok in text.split() if "@" in tok]

def is_valid(addr):
    if addr.count("@") != 1:
        return False, "wrong number of @"
    local, domain = addr.lower().split("@")
    if not local:
        return False, "empty local part"
    if not set(local) <= VALID_LOCAL:
        return False, "bad local chars"
    parts = domain.split(".")
    if len(parts) < 2 or not all(parts):
        return False, "bad domain"
    if not set(domain) <= VALID_DOMAIN:
        return False, "bad domain chars"
    if len(parts[-1]) < 2:
        return False, "tld too short"
    return True, "ok"

found = []
for c in candidates(TEXT):
    ok, why = is_valid(c)
    print(f"{c:<28} {why}")
    if ok:
        found.append(c.lower())
unique = list(dict.fromkeys(found))
print("valid:", unique)
domains = {}
for addr in unique:
    domains.setdefault(addr.split("@")[1], []).append(addr.split("@")[0])
for d in sorted(domains):
    print(f"  {d}: {sorted(domains[d])}")
masked = [a[0] + "***" + a[a.index("@") - 1:] for a in unique]
print(masked)
tlds = sorted({a.rsplit(".", 1)[1] for a in unique})
print("tlds:", tlds)
