EVENTS = [
    (100, "u1", "login"), (105, "u2", "login"), (110, "u1", "view"), (110, "u1", "view"),
    (130, "u1", "click"), (200, "u2", "view"), (900, "u1", "view"), (905, "u1", "logout"),
    (910, "u3", "view"), (915, "u2", "logout"), (2000, "u3", "view"),
]
GAP = 300

seen = set()
unique = []
for ev in EVENTS:
    if ev in seen:
        print("duplicate dropped:", ev)
        continue
    seen.add(ev)
    unique.append(ev)
print("unique events:", len(unique))

by_user = {}
for ts, user, action in unique:
    by_user.setdefault(user, []).append((ts, action))

sessions = {}
for user in sorted(by_user):
    evs = sorted(by_user[user])
    user_sessions = [[evs[0]]]
    for prev, cur in zip(evs, evs[1:]):
        if cur[0] - prev[0] > GAP:
            user_sessions.append([cur])
        else:
            user_sessions[-1].append(cur)
    sessions[user] = user_sessions
    for i, s in enumerate(user_sessions):
        dur = s[-1][0] - s[0][0]
        acts = ",".join(a for _, a in s)
        print(f"{user} session {i}: start={s[0][0]} dur={dur} actions={acts}")

counts = {u: len(s) for u, s in sessions.items()}
print("sessions per user:", counts)
lengths = [len(s) for ss in sessions.values() for s in ss]
print("events per session:", lengths, "avg", round(sum(lengths) / len(lengths), 2))
action_totals = {}
for _, _, a in unique:
    action_totals[a] = action_totals.get(a, 0) + 1
print("actions:", dict(sorted(action_totals.items(), key=lambda kv: (-kv[1], kv[0]))))
no_logout = [u for u, ss in sessions.items() if ss[-1][-1][1] != "logout"]
print("still logged in:", no_logout)
