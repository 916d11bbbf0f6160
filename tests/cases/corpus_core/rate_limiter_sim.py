requests = [
    (0.0, "alice"), (0.1, "alice"), (0.2, "bob"), (0.3, "alice"), (0.5, "alice"),
    (0.9, "alice"), (1.05, "alice"), (1.2, "bob"), (1.25, "bob"), (1.3, "bob"),
    (1.35, "bob"), (2.5, "alice"), (2.6, "alice"), (3.0, "carol"),
]

WINDOW = 1.0
LIMIT = 3

def fixed_window():
    counts = {}
    decisions = []
    for t, user in requests:
        bucket = (user, int(t // WINDOW))
        counts[bucket] = counts.get(bucket, 0) + 1
        decisions.append(counts[bucket] <= LIMIT)
    return decisions

def sliding_log():
    logs = {}
    decisions = []
    for t, user in requests:
        log = [x for x in logs.get(user, []) if t - x < WINDOW]
        ok = len(log) < LIMIT
        if ok:
            log.append(t)
        logs[user] = log
        decisions.append(ok)
    return decisions

def token_bucket(rate=2.0, capacity=3):
    state = {}
    decisions = []
    for t, user in requests:
        tokens, last = state.get(user, (float(capacity), t))
        tokens = min(capacity, tokens + (t - last) * rate)
        ok = tokens >= 1
        if ok:
            tokens -= 1
        state[user] = (tokens, t)
        decisions.append(ok)
    return decisions

fw, sl, tb = fixed_window(), sliding_log(), token_bucket()
print(f"{'t':>5} {'user':<6} fixed  slide  token")
for (t, user), a, b, c in zip(requests, fw, sl, tb):
    mark = lambda ok: "ok " if ok else "429"
    print(f"{t:>5.2f} {user:<6} {mark(a):<6} {mark(b):<6} {mark(c)}")
for name, dec in [("fixed", fw), ("sliding", sl), ("token", tb)]:
    print(f"{name:>8}: allowed {sum(dec)}/{len(dec)}")
per_user = {}
for (t, user), ok in zip(requests, sl):
    a, r = per_user.get(user, (0, 0))
    per_user[user] = (a + ok, r + (not ok))
print(per_user)
