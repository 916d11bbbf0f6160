class LockError(Exception):
    def __init__(self, name, holder):
        super().__init__(f"lock {name} held by {holder}")
        self.name = name
        self.holder = holder


class LockManager:
    def __init__(self):
        self.held = {}
        self.events = []

    def acquire(self, name, who):
        if name in self.held and self.held[name] != who:
            raise LockError(name, self.held[name])
        self.held[name] = who
        self.events.append(f"+{name}:{who}")

    def release(self, name):
        who = self.held.pop(name)
        self.events.append(f"-{name}:{who}")


mgr = LockManager()


def critical(who, names):
    acquired = []
    try:
        for n in names:
            mgr.acquire(n, who)
            acquired.append(n)
        return f"{who} did work with {names}"
    finally:
        for n in reversed(acquired):
            mgr.release(n)


mgr.acquire("db", "admin")
for who, names in [("w1", ["cache"]), ("w2", ["cache", "db"]), ("admin", ["cache", "db"])]:
    try:
        print(critical(who, names))
    except LockError as e:
        print("failed:", e, "| name", e.name, "| holder", e.holder)
    print("held now:", sorted(mgr.held.items()))
for ev in mgr.events:
    print(ev)
