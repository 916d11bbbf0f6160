class Counter:
    def __init__(self):
        self.active = 0
        self.peak = 0
        self.total = 0

    def __enter__(self):
        self.active += 1
        self.total += 1
        self.peak = max(self.peak, self.active)
        return self.active

    def __exit__(self, *exc):
        self.active -= 1
        return None


c = Counter()
with c as depth1:
    print("depth", depth1)
    with c as depth2:
        print("depth", depth2)
        with c as depth3:
            print("depth", depth3)
    with c as again:
        print("depth", again)
print("active", c.active, "peak", c.peak, "total", c.total)


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", et.__name__)
            return True
        print("committed")
        return False


db = {"alice": 100, "bob": 50}
with Transaction(db) as d:
    d["alice"] -= 30
    d["bob"] += 30
print(db)
with Transaction(db) as d:
    d["alice"] -= 500
    if d["alice"] < 0:
        raise ValueError("overdraft")
print(db)
