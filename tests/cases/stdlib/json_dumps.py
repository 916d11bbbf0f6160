import json
from collections import namedtuple
from dataclasses import dataclass, asdict

data = {"name": "Ada", "age": 36, "score": 97.5, "tags": ["math", "code"], "active": True,
        "spouse": None, "ratio": 1 / 3, "big": 10**30, "neg": -0.0, "tiny": 1e-7, "huge": 1e22}
print(json.dumps(data))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=4, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, [2, [3, []]], {}, {"a": {}}], indent=1))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": [3, 2]}}, sort_keys=True, indent="\t"))
print(json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps("x", indent=2))
print(json.dumps({"k": [1, 2]}, indent=0))
print(json.dumps("héllo wörld ☃ 😀 \x00 \x1f \x7f \" \\ / \b \f \n \r \t"))
print(json.dumps("héllo ☃ 😀 \x01 \x7f", ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", -3: "e"}))
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))
print(json.dumps((1, 2, (3,))), json.dumps(float("nan")), json.dumps(float("inf")), json.dumps(-float("inf")))
print(json.dumps(3.0), json.dumps(0.1 + 0.2), json.dumps(123456789.123456789), json.dumps(1e16), json.dumps(12345678901234567890))
Point = namedtuple("Point", "x y")
print(json.dumps(Point(1, 2)), json.dumps({"p": Point(3, 4)}))

@dataclass
class Item:
    name: str
    qty: int

print(json.dumps([asdict(Item("bolt", 3))]))
print(json.dumps({"when": Item("nut", 1)}, default=lambda o: {"item": o.name}))
print(json.dumps([Item("a", 1), {"k": Item("b", 2)}], default=asdict, indent=2))
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))

class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, Item):
            return {"name": o.name}
        return super().default(o)

print(json.dumps({"s": {3, 1, 2}, "i": Item("x", 0)}, cls=Encoder))
print(Encoder(indent=2).encode([{1, 2}]))
print(json.JSONEncoder().encode({"a": [1]}), json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))

class Status(str):
    pass

print(json.dumps({"status": Status("ok")}))
deep = []
for _ in range(200):
    deep = [deep]
print(len(json.dumps(deep)))
