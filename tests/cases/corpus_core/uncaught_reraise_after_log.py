def fetch_user(db, uid):
    try:
        return db[uid]
    except KeyError as e:
        raise LookupError(f"user {uid} not found") from e

def audit(names):
    return {n: len(n) for n in names}

db = {1: "alice", 2: "bob", 3: "carol"}
requested = [1, 3, 2, 7, 1]
seen = []
print("db has", len(db), "users; requests:", requested)
for uid in requested:
    try:
        name = fetch_user(db, uid)
    except LookupError as e:
        print(f"error for uid {uid}: {e}; cause={e.__cause__!r}")
        print("aborting after", len(seen), "lookups:", seen)
        print("audit:", audit(seen))
        raise
    seen.append(name)
    print(f"uid {uid} -> {name}")
print("unreachable")
