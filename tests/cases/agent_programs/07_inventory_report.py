"""Build an inventory report with low-stock alerts and reorder suggestions."""
from collections import Counter, OrderedDict, defaultdict
from dataclasses import dataclass, field, fields, replace
from typing import Iterable, List, NamedTuple


class Movement(NamedTuple):
    sku: str
    delta: int
    reason: str


@dataclass(order=True)
class Item:
    sort_key: tuple = field(init=False, repr=False)
    sku: str
    name: str
    category: str
    qty: int
    reorder_level: int
    unit_cost: float

    def __post_init__(self) -> None:
        if self.qty < 0:
            raise ValueError(f"{self.sku}: negative quantity")
        self.sort_key = (self.category, self.sku)

    @property
    def value(self) -> float:
        return self.qty * self.unit_cost

    @property
    def low(self) -> bool:
        return self.qty <= self.reorder_level


class Inventory:
    def __init__(self, items: Iterable[Item]):
        self._items = OrderedDict((it.sku, it) for it in sorted(items))
        self.log: List[Movement] = []

    def __getitem__(self, sku: str) -> Item:
        return self._items[sku]

    def __iter__(self):
        return iter(self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def apply(self, mv: Movement) -> None:
        item = self._items.get(mv.sku)
        if item is None:
            print(f"  warn: unknown sku {mv.sku}, movement ignored")
            return
        new_qty = item.qty + mv.delta
        if new_qty < 0:
            print(f"  warn: {mv.sku} would go negative ({new_qty}), clamped to 0")
            new_qty = 0
        self._items[mv.sku] = replace(item, qty=new_qty)
        self.log.append(mv)

    def low_stock(self):
        for item in self:
            if item.low:
                yield item, max(item.reorder_level * 2 - item.qty, 0)


inv = Inventory([
    Item("W-100", "Widget", "hardware", 40, 10, 2.50),
    Item("G-220", "Gadget", "hardware", 8, 10, 12.00),
    Item("C-001", "Cable USB-C", "electronics", 120, 50, 1.75),
    Item("B-010", "Battery AA", "electronics", 30, 40, 0.60),
    Item("P-500", "Paper A4", "office", 15, 5, 4.20),
])
print("field names:", [f.name for f in fields(Item)])
print(f"{len(inv)} items loaded; first = {next(iter(inv)).sku}")

movements = [Movement("W-100", -35, "sale"), Movement("C-001", -20, "sale"),
             Movement("G-220", -10, "sale"), Movement("P-500", +10, "restock"),
             Movement("X-999", 5, "restock"), Movement("B-010", -5, "damaged"),
             Movement("W-100", -1, "sale")]
for mv in movements:
    inv.apply(mv)

print(f"\n{'SKU':<7}{'Name':<13}{'Cat':<12}{'Qty':>5}{'Value':>10}  Flag")
print("-" * 52)
for item in inv:
    flag = "LOW" if item.low else ""
    print(f"{item.sku:<7}{item.name:<13}{item.category:<12}{item.qty:>5}{item.value:>10.2f}  {flag}")

by_cat = defaultdict(float)
for item in inv:
    by_cat[item.category] += item.value
print("\nvalue by category:")
for cat, total in sorted(by_cat.items(), key=lambda kv: -kv[1]):
    print(f"  {cat:<12} {total:>8.2f}")
print(f"  {'TOTAL':<12} {sum(by_cat.values()):>8.2f}")

print("\nreorder suggestions:")
for item, order_qty in inv.low_stock():
    print(f"  {item.sku}: have {item.qty}, order {order_qty} (cost {order_qty * item.unit_cost:.2f})")

reasons = Counter(mv.reason for mv in inv.log)
units = Counter()
for mv in inv.log:
    units[mv.reason] += abs(mv.delta)
print("movement reasons:", dict(reasons), "units:", dict(units))
try:
    Item("Z-1", "Broken", "misc", -3, 1, 1.0)
except ValueError as exc:
    print("rejected:", exc)
