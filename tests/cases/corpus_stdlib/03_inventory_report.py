"""Build an inventory report from product records using dataclasses."""
import json
import statistics
from dataclasses import dataclass, field, asdict
from typing import List, Optional


@dataclass
class Product:
    sku: str
    name: str
    price: float
    quantity: int
    tags: List[str] = field(default_factory=list)
    supplier: Optional[str] = None

    @property
    def value(self) -> float:
        return round(self.price * self.quantity, 2)


RAW = [
    {"sku": "A-100", "name": "USB cable", "price": 4.99, "quantity": 120, "tags": ["cable", "usb"]},
    {"sku": "A-101", "name": "HDMI cable", "price": 9.5, "quantity": 40, "tags": ["cable"], "supplier": "CableCo"},
    {"sku": "B-200", "name": "Keyboard", "price": 34.0, "quantity": 15, "supplier": "KeyWorks"},
    {"sku": "B-201", "name": "Mouse", "price": 18.25, "quantity": 0, "tags": ["input"]},
    {"sku": "C-300", "name": "Monitor 27in", "price": 229.99, "quantity": 6, "supplier": "ViewMax"},
    {"sku": "C-301", "name": "Monitor arm", "price": 45.5, "quantity": 11, "tags": ["mount"]},
]

products = [Product(**row) for row in RAW]
print(f"Loaded {len(products)} products")

for p in sorted(products, key=lambda p: p.value, reverse=True):
    flag = " (OUT OF STOCK)" if p.quantity == 0 else ""
    print(f"{p.sku:<6} {p.name:<14} {p.quantity:>4} x {p.price:>7.2f} = {p.value:>9.2f}{flag}")

prices = [p.price for p in products]
print("mean price:", round(statistics.mean(prices), 4))
print("median price:", statistics.median(prices))
print("stdev price:", round(statistics.stdev(prices), 4))
total = round(sum(p.value for p in products), 2)
print("total inventory value:", total)

by_prefix = {}
for p in products:
    by_prefix.setdefault(p.sku[0], []).append(p.sku)
print("categories:", json.dumps(by_prefix, sort_keys=True))

no_supplier = [p.sku for p in products if p.supplier is None]
print("missing supplier:", ", ".join(no_supplier))

first = asdict(products[0])
print(json.dumps(first, indent=2))
print("repr:", products[3])

try:
    Product(sku="X", name="Broken")
except TypeError as e:
    print(type(e).__name__, e)

restock = [asdict(p) | {"reorder": max(0, 20 - p.quantity)} for p in products if p.quantity < 20]
print(json.dumps(restock, separators=(",", ":"))[:120])
