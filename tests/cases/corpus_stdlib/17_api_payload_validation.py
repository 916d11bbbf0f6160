"""Validate incoming webhook payloads (JSON) against a TypedDict-style schema."""
import copy
import json
from typing import Any, Dict, List, TypedDict, get_type_hints


class OrderItem(TypedDict):
    sku: str
    qty: int
    unit_price: float


class Order(TypedDict):
    order_id: str
    customer: str
    items: List[OrderItem]


PAYLOADS = [
    '{"order_id": "A1", "customer": "acme", "items": [{"sku": "X", "qty": 2, "unit_price": 9.99}]}',
    '{"order_id": "A2", "customer": "globex", "items": []}',
    '{"order_id": "A3", "items": [{"sku": "Y", "qty": 1, "unit_price": 5}]}',
    '{"order_id": "A4", "customer": "initech", "items": [{"sku": "Z", "qty": "three", "unit_price": 1.5}]}',
    '{"order_id": "A5", "customer": "umbrella" "items": []}',
    '[1, 2, 3]',
    '',
    '{"order_id": "A6", "customer": "hooli", "items": [{"sku": "Q", "qty": 10, "unit_price": 0.25}, {"sku": "R", "qty": 1, "unit_price": 100}]}',
]


def check_fields(obj: Dict[str, Any], schema: type, where: str) -> List[str]:
    errors = []
    for name, typ in get_type_hints(schema).items():
        if name not in obj:
            errors.append(f"{where}: missing '{name}'")
            continue
        expected = getattr(typ, "__origin__", typ)
        if expected is float and isinstance(obj[name], int):
            continue
        if not isinstance(obj[name], expected):
            errors.append(f"{where}.{name}: expected {expected.__name__}, got {type(obj[name]).__name__}")
    return errors


def validate(raw: str) -> Order:
    data = json.loads(raw)
    if not isinstance(data, dict):
        raise TypeError(f"payload must be an object, not {type(data).__name__}")
    errs = check_fields(data, Order, "order")
    for i, item in enumerate(data.get("items", [])):
        errs += check_fields(item, OrderItem, f"items[{i}]")
    if errs:
        raise ValueError("; ".join(errs))
    return data  # type: ignore[return-value]


accepted: List[Order] = []
for n, raw in enumerate(PAYLOADS, 1):
    try:
        order = validate(raw)
    except json.JSONDecodeError as e:
        print(f"#{n} JSONDecodeError: {e}")
    except (TypeError, ValueError) as e:
        print(f"#{n} {type(e).__name__}: {e}")
    else:
        total = sum(i["qty"] * i["unit_price"] for i in order["items"])
        accepted.append(order)
        print(f"#{n} OK {order['order_id']} for {order['customer']}: {len(order['items'])} items, total {total:.2f}")

print("accepted ids:", [o["order_id"] for o in accepted])
print("schema fields:", list(get_type_hints(OrderItem)))
snapshot = copy.deepcopy(accepted)
accepted[-1]["items"][0]["qty"] = 0
print("snapshot qty kept:", snapshot[-1]["items"][0]["qty"], "live qty:", accepted[-1]["items"][0]["qty"])
print(json.dumps(snapshot[-1], indent=2, sort_keys=True))
