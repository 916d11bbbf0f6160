log = """GET /home 200
POST /login 302
GET /home 200
GET /about 404
GET /home 500
POST /login 200
GET /contact 200"""
lines = [l.split() for l in log.splitlines()]
print("parsed:", lines[:2])
methods = {m for m, _, _ in lines}
print("methods:", sorted(methods))
paths = {p for _, p, _ in lines}
print("paths:", sorted(paths))
status_codes = {int(s) for _, _, s in lines}
print("statuses:", sorted(status_codes))
hits = {p: sum(1 for _, q, _ in lines if q == p) for p in sorted(paths)}
print("hits:", hits)
errors = {p: [s for _, q, s in lines if q == p and s >= "400"] for p in sorted(paths)}
print("errors:", {p: e for p, e in errors.items() if e})
ok_ratio = {p: round(sum(1 for _, q, s in lines if q == p and s == "200") / hits[p], 2) for p in hits}
print("ok ratio:", ok_ratio)
first_seen = {}
for i, (_, p, _) in enumerate(lines):
    first_seen.setdefault(p, i)
print("first seen:", first_seen)
