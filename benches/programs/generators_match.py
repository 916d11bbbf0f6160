# Generator pipelines feeding a match-based dispatcher.
def events(n):
    kinds = ["click", "view", "buy", "refund"]
    for i in range(n):
        kind = kinds[i % 4]
        if kind == "buy":
            yield {"type": kind, "user": i % 50, "amount": i % 17}
        elif kind == "refund":
            yield ("refund", i % 50, i % 5)
        else:
            yield {"type": kind, "user": i % 50}


def only_users(stream, wanted):
    for ev in stream:
        if isinstance(ev, dict) and ev["user"] in wanted:
            yield ev
        elif isinstance(ev, tuple) and ev[1] in wanted:
            yield ev


totals = {}
counts = {"click": 0, "view": 0, "other": 0}
for ev in only_users(events(60000), set(range(0, 50, 2))):
    match ev:
        case {"type": "buy", "user": u, "amount": a}:
            totals[u] = totals.get(u, 0) + a
        case ("refund", u, a):
            totals[u] = totals.get(u, 0) - a
        case {"type": "click" | "view" as kind}:
            counts[kind] += 1
        case _:
            counts["other"] += 1
print(counts)
print(sum(totals.values()), sorted(totals.items())[:3])
