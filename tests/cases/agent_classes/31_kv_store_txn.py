from typing import Any, Dict, List, Optional

class TxnError(Exception):
    pass

class NoTransaction(TxnError):
    pass

_MISSING = object()

class KVStore:
    def __init__(self):
        self.data: Dict[str, Any] = {}
        self.undo_stack: List[Dict[str, Any]] = []

    def _record(self, key):
        if self.undo_stack and key not in self.undo_stack[-1]:
            self.undo_stack[-1][key] = self.data.get(key, _MISSING)

    def set(self, key: str, value: Any):
        self._record(key)
        self.data[key] = value

    def delete(self, key: str):
        if key not in self.data:
            raise KeyError(key)
        self._record(key)
        del self.data[key]

    def get(self, key, default=None):
        return self.data.get(key, default)

    def begin(self):
        self.undo_stack.append({})

    def rollback(self):
        if not self.undo_stack:
            raise NoTransaction("rollback without begin")
        for key, old in self.undo_stack.pop().items():
            if old is _MISSING:
                self.data.pop(key, None)
            else:
                self.data[key] = old

    def commit(self):
        if not self.undo_stack:
            raise NoTransaction("commit without begin")
        top = self.undo_stack.pop()
        if self.undo_stack:
            for k, v in top.items():
                self.undo_stack[-1].setdefault(k, v)

    def transaction(self):
        store = self

        class _Txn:
            def __enter__(self):
                store.begin()
                return store

            def __exit__(self, et, ev, tb):
                if et is None:
                    store.commit()
                    print("    (committed)")
                else:
                    store.rollback()
                    print(f"    (rolled back due to {et.__name__}: {ev})")
                return et is not None and issubclass(et, TxnError)

        return _Txn()

    def count(self, value) -> int:
        return sum(1 for v in self.data.values() if v == value)

    def __repr__(self):
        return "KV{" + ", ".join(f"{k}={v!r}" for k, v in sorted(self.data.items())) + "}"

kv = KVStore()
kv.set("a", 10)
kv.set("b", 20)
print("start:", kv)
kv.begin()
kv.set("a", 11)
kv.set("c", 30)
kv.begin()
kv.delete("b")
kv.set("a", 12)
print("nested:", kv, "depth", len(kv.undo_stack))
kv.rollback()
print("after inner rollback:", kv)
kv.commit()
print("after outer commit:", kv)

with kv.transaction() as s:
    s.set("d", 40)
    s.set("a", 0)
print("after with:", kv)
with kv.transaction() as s:
    s.set("e", 50)
    s.delete("a")
    raise TxnError("abort requested")
print("after aborted with:", kv)
try:
    with kv.transaction() as s:
        s.set("z", 1)
        s.delete("missing")
except KeyError as e:
    print("KeyError escaped:", e)
print("after KeyError:", kv)
for op in (kv.commit, kv.rollback):
    try:
        op()
    except NoTransaction as e:
        print("error:", e)
kv.set("x", 30)
print("count of 30:", kv.count(30), "get missing:", kv.get("nope", "default"))
