class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught = ev
            return True
        return False

with Suppress(ZeroDivisionError) as s:
    print("dividing")
    1 / 0
print("caught:", type(s.caught).__name__, s.caught)

with Suppress(KeyError, IndexError) as s:
    [][5]
print("caught:", type(s.caught).__name__, s.caught)

try:
    with Suppress(KeyError) as s:
        int("zz")
except ValueError as e:
    print("escaped:", e)
print("s.caught:", s.caught)

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
            print("rolled back due to", et.__name__)
        else:
            print("committed")
        return False

db = {"a": 1}
with Transaction(db) as d:
    d["b"] = 2
print(db)
try:
    with Transaction(db) as d:
        d["c"] = 3
        d["a"] = 100
        raise RuntimeError("oops")
except RuntimeError as e:
    print("error:", e)
print(db)

class Tracker:
    def __exit__(self, *a):
        return False

try:
    with Tracker():
        pass
except (AttributeError, TypeError):
    print("missing __enter__ rejected")
