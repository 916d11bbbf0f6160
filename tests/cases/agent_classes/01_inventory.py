from dataclasses import dataclass, field, asdict, replace
from typing import List, Dict, Optional
from collections import defaultdict, Counter


class InventoryError(Exception):
    def __init__(self, sku: str, message: str):
        super().__init__(f"[{sku}] {message}")
        self.sku = sku


class OutOfStock(InventoryError):
    def __init__(self, sku: str, requested: int, available: int):
        super().__init__(sku, f"requested {requested}, only {available} available")
        self.requested = requested
        self.available = available


@dataclass(order=True)
class Item:
    price: float
    sku: str = field(compare=False)
    name: str = field(compare=False)
    qty: int = field(default=0, compare=False)
    tags: List[str] = field(default_factory=list, compare=False)

    @property
    def value(self) -> float:
        return self.price * self.qty


class Inventory:
    def __init__(self):
        self._items: Dict[str, Item] = {}
        self.log: List[str] = []

    def add(self, item: Item) -> None:
        if item.sku in self._items:
            existing = self._items[item.sku]
            existing.qty += item.qty
            self.log.append(f"restock {item.sku} +{item.qty}")
        else:
            self._items[item.sku] = item
            self.log.append(f"new {item.sku}")

    def remove(self, sku: str, qty: int) -> Item:
        item = self._items.get(sku)
        if item is None:
            raise InventoryError(sku, "unknown sku")
        if item.qty < qty:
            raise OutOfStock(sku, qty, item.qty)
        item.qty -= qty
        self.log.append(f"remove {sku} -{qty}")
        return item

    def __len__(self):
        return len(self._items)

    def __contains__(self, sku):
        return sku in self._items

    def __iter__(self):
        return iter(sorted(self._items.values()))

    def total_value(self) -> float:
        return sum(i.value for i in self._items.values())


inv = Inventory()
inv.add(Item(2.5, "A1", "widget", 10, ["small", "metal"]))
inv.add(Item(10.0, "B2", "gadget", 3, ["large"]))
inv.add(Item(0.75, "C3", "bolt", 200, ["small", "metal", "bulk"]))
inv.add(Item(2.5, "A1", "widget", 5))
inv.add(Item(99.99, "D4", "gizmo", 1, ["large", "fragile"]))

print("items:", len(inv))
print("has A1?", "A1" in inv, "has Z9?", "Z9" in inv)
for it in inv:
    print(f"  {it.sku:<4}{it.name:>8} qty={it.qty:4d} price={it.price:7.2f} value={it.value:9.2f}")
print(f"total value: {inv.total_value():,.2f}")

for sku, qty in [("A1", 4), ("B2", 5), ("Z9", 1), ("C3", 150)]:
    try:
        it = inv.remove(sku, qty)
        print(f"removed {qty} of {sku}, left {it.qty}")
    except OutOfStock as e:
        print("out of stock:", e, "| short by", e.requested - e.available)
    except InventoryError as e:
        print("inventory error:", e, "| sku attr:", e.sku)

tag_counts = Counter(t for it in inv for t in it.tags)
print("tags:", sorted(tag_counts.items()))
by_tag = defaultdict(list)
for it in inv:
    for t in it.tags:
        by_tag[t].append(it.sku)
for t in sorted(by_tag):
    print(f"  {t}: {by_tag[t]}")

cheapest = min(inv)
priciest = max(inv, key=lambda i: i.value)
print("cheapest:", cheapest.sku, "highest value:", priciest.sku)
snap = asdict(cheapest)
print("asdict:", snap)
clone = replace(cheapest, sku="C3-copy", qty=0)
print("replaced:", clone)
print("eq by price:", clone == cheapest, clone < Item(1.0, "x", "y"))
print("log:", "; ".join(inv.log))
