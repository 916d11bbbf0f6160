# Dataclass records: creation, ordering, frozen keys, asdict.
from dataclasses import dataclass, field, asdict


@dataclass(order=True)
class Order:
    priority: int
    customer: str
    items: list = field(default_factory=list)
    total: float = 0.0


@dataclass(frozen=True)
class Key:
    region: str
    tier: int


orders = []
for i in range(6000):
    o = Order(i % 5, f"c{i % 97}", [i % 3, i % 7], round(i * 1.5 % 113, 2))
    orders.append(o)
by_key = {}
for o in orders:
    k = Key(o.customer[:2], o.priority)
    by_key[k] = by_key.get(k, 0.0) + o.total
top = sorted(orders)[-3:]
print(len(by_key), round(sum(by_key.values()), 2))
print([asdict(o) for o in top])
print(sum(1 for o in orders if o == Order(o.priority, o.customer, list(o.items), o.total)))
