"""Process a batch of orders with discount rules, tax and a summary."""
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, List, NamedTuple, Optional


class LineItem(NamedTuple):
    sku: str
    qty: int
    unit_price: float

    @property
    def subtotal(self) -> float:
        return self.qty * self.unit_price


@dataclass
class Order:
    order_id: str
    customer: str
    tier: str
    items: List[LineItem] = field(default_factory=list)
    coupon: Optional[str] = None
    applied: List[str] = field(default_factory=list)

    @property
    def gross(self) -> float:
        return round(sum(i.subtotal for i in self.items), 2)


class OrderError(Exception):
    pass


Rule = Callable[[Order, float], float]
RULES: List[tuple] = []


def rule(name: str):
    def register(fn: Rule) -> Rule:
        RULES.append((name, fn))
        return fn
    return register


@rule("bulk")
def bulk_discount(order: Order, amount: float) -> float:
    units = sum(i.qty for i in order.items)
    return amount * 0.05 if units >= 10 else 0.0


@rule("tier")
def tier_discount(order: Order, amount: float) -> float:
    match order.tier:
        case "gold":
            return amount * 0.10
        case "silver":
            return amount * 0.05
        case _:
            return 0.0


@rule("coupon")
def coupon_discount(order: Order, amount: float) -> float:
    match order.coupon:
        case None:
            return 0.0
        case "SAVE10":
            return min(10.0, amount)
        case str(code) if code.startswith("PCT"):
            pct = int(code[3:])
            return amount * pct / 100
        case other:
            raise OrderError(f"invalid coupon {other!r} on {order.order_id}")


def price(order: Order, tax_rate: float = 0.08) -> dict:
    if not order.items:
        raise OrderError(f"order {order.order_id} is empty")
    amount = order.gross
    for name, fn in RULES:
        off = round(fn(order, amount), 2)
        if off:
            order.applied.append(f"{name}-{off:.2f}")
            amount -= off
    tax = round(amount * tax_rate, 2)
    return {"id": order.order_id, "gross": order.gross, "net": round(amount, 2),
            "tax": tax, "total": round(amount + tax, 2)}


orders = [
    Order("A1", "ann", "gold", [LineItem("pen", 12, 1.50), LineItem("pad", 2, 4.25)]),
    Order("A2", "bob", "basic", [LineItem("desk", 1, 199.99)], coupon="SAVE10"),
    Order("A3", "cy", "silver", [LineItem("lamp", 2, 35.00)], coupon="PCT15"),
    Order("A4", "dee", "basic", []),
    Order("A5", "ann", "gold", [LineItem("chair", 1, 89.00)], coupon="BOGUS"),
    Order("A6", "bob", "basic", [LineItem("clip", 100, 0.02)], coupon="SAVE10"),
]
results, failures = [], []
for order in orders:
    try:
        res = price(order)
    except OrderError as exc:
        failures.append(str(exc))
        print(f"{order.order_id}: FAILED - {exc}")
    else:
        results.append(res)
        print(f"{res['id']}: gross {res['gross']:>7.2f} net {res['net']:>7.2f} "
              f"tax {res['tax']:>5.2f} total {res['total']:>7.2f}  {order.applied}")

per_customer = defaultdict(float)
for order, res in ((o, r) for o in orders for r in results if r["id"] == o.order_id):
    per_customer[order.customer] += res["total"]
print("revenue per customer:")
for cust, total in sorted(per_customer.items(), key=lambda kv: kv[1], reverse=True):
    print(f"  {cust:<4}{total:>9.2f}")
print(f"grand total: {sum(r['total'] for r in results):,.2f} from {len(results)} orders, {len(failures)} failed")
biggest = max(results, key=lambda r: r["gross"] - r["net"])
print(f"largest discount on {biggest['id']}: {biggest['gross'] - biggest['net']:.2f}")
