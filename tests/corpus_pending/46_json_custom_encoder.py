"""Serialize rich Python objects to JSON and back with custom hooks."""
import json
from dataclasses import dataclass, asdict, is_dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from enum import Enum
from typing import Any


class Status(Enum):
    ACTIVE = "active"
    SUSPENDED = "suspended"


@dataclass
class User:
    name: str
    joined: date
    balance: Decimal
    status: Status
    tags: frozenset


class RichEncoder(json.JSONEncoder):
    def default(self, o: Any) -> Any:
        if isinstance(o, datetime):
            return {"__dt__": o.isoformat()}
        if isinstance(o, date):
            return {"__date__": o.isoformat()}
        if isinstance(o, Decimal):
            return {"__dec__": str(o)}
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, timedelta):
            return o.total_seconds()
        if is_dataclass(o):
            return asdict(o)
        return super().default(o)


def decode_hook(d: dict) -> Any:
    if "__dt__" in d:
        return datetime.fromisoformat(d["__dt__"])
    if "__date__" in d:
        return date.fromisoformat(d["__date__"])
    if "__dec__" in d:
        return Decimal(d["__dec__"])
    return d


u = User("Ana", date(2021, 5, 17), Decimal("1042.50"), Status.ACTIVE, frozenset({"beta", "admin", "eu"}))
event = {"user": u, "at": datetime(2024, 2, 3, 4, 5, 6, tzinfo=timezone.utc), "ttl": timedelta(hours=2)}
text = json.dumps(event, cls=RichEncoder, indent=2, sort_keys=True)
print(text)
back = json.loads(text, object_hook=decode_hook)
print("round-trip types:", type(back["at"]).__name__, type(back["user"]["joined"]).__name__, type(back["user"]["balance"]).__name__)
print("balance + 1:", back["user"]["balance"] + 1, "| tz:", back["at"].tzinfo)

print(json.dumps({"b": 1, "a": [1, 2]}, separators=(",", ":")))
print(json.dumps({"x": float("inf")}), "| nan allowed:", json.dumps([float("nan")]))
try:
    json.dumps({"x": float("nan")}, allow_nan=False)
except ValueError as e:
    print("strict mode rejected NaN:", type(e).__name__)
try:
    json.dumps({"obj": object.__new__(type("Widget", (), {}))}, cls=RichEncoder)
except TypeError as e:
    print(type(e).__name__, e)
print(json.dumps({1: "int key", (2): "x", True: "bool key", None: "none key"}, sort_keys=False))
print(json.loads('{"n": 1.50, "big": 12345678901234567890}', parse_float=Decimal))
print(json.loads("[1, 2.5, \"\\u00e9\", null, true]"), json.dumps("é\n\t\"", ensure_ascii=True))
print(json.dumps([1, [2, [3]]], indent="\t").count("\t"))
