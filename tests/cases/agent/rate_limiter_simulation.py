REQUESTS = [
    (0, "alice"), (1, "alice"), (1, "bob"), (2, "alice"), (2, "alice"), (3, "alice"),
    (5, "bob"), (6, "alice"), (10, "alice"), (10, "alice"), (11, "carol"), (11, "alice"),
    (12, "alice"), (12, "alice"), (20, "bob"),
]
LIMIT = 3
WINDOW = 5

def make_limiter(limit, window):
    log = {}
    def allow(t, user):
        recent = [ts for ts in log.get(user, []) if ts > t - window]
        if len(recent) >= limit:
            log[user] = recent
            return False, recent[0] + window - t
        recent.append(t)
        log[user] = recent
        return True, 0
    return allow, log

allow, log = make_limiter(LIMIT, WINDOW)
accepted = {}
rejected = {}
for t, user in REQUESTS:
    ok, wait = allow(t, user)
    bucket = accepted if ok else rejected
    bucket[user] = bucket.get(user, 0) + 1
    status = "ALLOW" if ok else f"DENY (retry in {wait})"
    print(f"t={t:>2} {user:<6} {status}")
print("accepted:", accepted)
print("rejected:", rejected)
users = sorted(set(accepted) | set(rejected))
for u in users:
    a, r = accepted.get(u, 0), rejected.get(u, 0)
    print(f"{u}: {a}/{a + r} allowed ({100 * a / (a + r):.0f}%)")
print("final windows:", {u: ts for u, ts in sorted(log.items())})

def token_bucket(capacity, refill_every):
    state = {"tokens": capacity, "last": 0}
    def take(t):
        refills = (t - state["last"]) // refill_every
        if refills:
            state["tokens"] = min(capacity, state["tokens"] + refills)
            state["last"] += refills * refill_every
        if state["tokens"] > 0:
            state["tokens"] -= 1
            return True
        return False
    return take, state

take, st = token_bucket(2, 4)
results = []
for t in [0, 0, 0, 3, 4, 5, 8, 9, 16, 16, 16]:
    results.append((t, take(t), st["tokens"]))
for t, ok, left in results:
    print(f"bucket t={t:>2} {'ok  ' if ok else 'drop'} tokens_left={left}")
print("bucket allowed:", sum(1 for _, ok, _ in results if ok), "of", len(results))
