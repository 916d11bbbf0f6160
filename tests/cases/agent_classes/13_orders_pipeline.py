from dataclasses import dataclass, field, asdict
from typing import List, Dict, Optional, Iterable, Iterator
from collections import defaultdict


@dataclass
class LineItem:
    sku: str
    qty: int
    unit_price: float

    @property
    def total(self) -> float:
        return round(self.qty * self.unit_price, 2)


@dataclass
class Order:
    order_id: int
    customer: str
    items: List[LineItem] = field(default_factory=list)
    status: str = "pending"
    discount: float = 0.0

    def __post_init__(self):
        if self.discount < 0 or self.discount > 0.5:
            raise ValueError(f"order {self.order_id}: invalid discount {self.discount}")

    @property
    def subtotal(self) -> float:
        return round(sum(i.total for i in self.items), 2)

    @property
    def total(self) -> float:
        return round(self.subtotal * (1 - self.discount), 2)


RAW = [
    "1001|ann|A:2:9.99,B:1:24.50|0.1",
    "1002|bob|C:10:1.25|0",
    "1003|ann|A:1:9.99|0",
    "1004|cid|B:2:24.50,D:1:199.00|0.2",
    "1005|dee||0",
    "1006|bob|Z:x:1.00|0",
    "1007|eve|A:3:9.99|0.9",
]


def parse(lines: Iterable[str]) -> Iterator[Order]:
    for line in lines:
        oid, cust, items_s, disc = line.split("|")
        try:
            items = []
            for chunk in filter(None, items_s.split(",")):
                sku, qty, price = chunk.split(":")
                items.append(LineItem(sku, int(qty), float(price)))
            yield Order(int(oid), cust, items, discount=float(disc))
        except ValueError as e:
            print(f"  skip {oid}: {e}")


def validate(orders: Iterable[Order]) -> Iterator[Order]:
    for o in orders:
        if not o.items:
            o.status = "rejected"
            print(f"  reject {o.order_id}: empty")
            continue
        o.status = "valid"
        yield o


def enrich(orders: Iterable[Order]) -> Iterator[Order]:
    for o in orders:
        if o.total > 100:
            o.status = "priority"
        yield o


print("pipeline run:")
processed = list(enrich(validate(parse(RAW))))
for o in processed:
    print(f"  #{o.order_id} {o.customer:<4} items={len(o.items)} sub={o.subtotal:8.2f} "
          f"disc={o.discount:4.0%} total={o.total:8.2f} [{o.status}]")

per_customer: Dict[str, float] = defaultdict(float)
for o in processed:
    per_customer[o.customer] += o.total
print("per customer:", {k: round(v, 2) for k, v in sorted(per_customer.items())})
sku_qty = defaultdict(int)
for o in processed:
    for it in o.items:
        sku_qty[it.sku] += it.qty
print("sku qty:", dict(sorted(sku_qty.items())))
best = max(processed, key=lambda o: o.total)
print("best order:", asdict(best))
revenue = sum(o.total for o in processed)
print(f"revenue: {revenue:>12,.2f}")
statuses = sorted({o.status for o in processed})
print("statuses:", statuses)
