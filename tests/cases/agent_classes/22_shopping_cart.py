from dataclasses import dataclass, field
from typing import Dict, List, Optional
from collections import Counter


class CartError(Exception):
    pass


class InvalidCoupon(CartError):
    def __init__(self, code: str, reason: str):
        super().__init__(f"coupon {code!r} rejected: {reason}")
        self.code = code
        self.reason = reason


@dataclass(frozen=True)
class Product:
    sku: str
    name: str
    price: float
    category: str


@dataclass
class Coupon:
    code: str
    percent: float = 0.0
    flat: float = 0.0
    min_total: float = 0.0
    category: Optional[str] = None


class Cart:
    def __init__(self, catalog: Dict[str, Product]):
        self.catalog = catalog
        self.lines: Counter = Counter()
        self.coupons: List[Coupon] = []

    def add(self, sku: str, qty: int = 1) -> "Cart":
        if sku not in self.catalog:
            raise CartError(f"no such product {sku}")
        self.lines[sku] += qty
        return self

    def remove(self, sku: str, qty: int = 1) -> "Cart":
        self.lines[sku] -= qty
        if self.lines[sku] <= 0:
            del self.lines[sku]
        return self

    def __len__(self):
        return sum(self.lines.values())

    def __iter__(self):
        for sku in sorted(self.lines):
            yield self.catalog[sku], self.lines[sku]

    @property
    def subtotal(self) -> float:
        return round(sum(p.price * q for p, q in self), 2)

    def apply(self, coupon: Coupon):
        if any(c.code == coupon.code for c in self.coupons):
            raise InvalidCoupon(coupon.code, "already applied")
        if self.subtotal < coupon.min_total:
            raise InvalidCoupon(coupon.code, f"needs {coupon.min_total:.2f}, have {self.subtotal:.2f}")
        self.coupons.append(coupon)

    def discount(self) -> float:
        total = 0.0
        for c in self.coupons:
            base = sum(p.price * q for p, q in self if c.category in (None, p.category))
            total += base * c.percent / 100 + c.flat
        return round(min(total, self.subtotal), 2)

    @property
    def total(self) -> float:
        return round(self.subtotal - self.discount(), 2)

    def receipt(self) -> str:
        lines = [f"{q:>3} x {p.name:<12} @ {p.price:>7.2f} = {p.price * q:>8.2f}" for p, q in self]
        lines.append(f"{'subtotal':>32}: {self.subtotal:>8.2f}")
        for c in self.coupons:
            lines.append(f"{'coupon ' + c.code:>32}")
        lines.append(f"{'discount':>32}: {-self.discount():>8.2f}")
        lines.append(f"{'TOTAL':>32}: {self.total:>8.2f}")
        return "\n".join(lines)


catalog = {p.sku: p for p in [
    Product("AP", "apple", 0.5, "food"), Product("BR", "bread", 2.25, "food"),
    Product("HD", "headphones", 59.99, "tech"), Product("CB", "cable", 9.5, "tech"),
    Product("MG", "mug", 7.0, "home"),
]}
cart = Cart(catalog)
cart.add("AP", 6).add("BR").add("HD").add("CB", 2).add("MG")
print("items in cart:", len(cart))
print(cart.receipt())
coupons = [Coupon("TECH10", percent=10, category="tech"), Coupon("BIG", flat=20, min_total=200),
           Coupon("FIVE", flat=5), Coupon("TECH10", percent=10)]
for c in coupons:
    try:
        cart.apply(c)
        print(f"applied {c.code}: total now {cart.total:.2f}")
    except InvalidCoupon as e:
        print("rejected:", e, "| reason:", e.reason)
cart.remove("AP", 4).remove("MG")
try:
    cart.add("XX")
except CartError as e:
    print("error:", e)
print(cart.receipt())
cats = Counter()
for p, q in cart:
    cats[p.category] += q
print("by category:", dict(sorted(cats.items())))
print("most expensive line:", max(cart, key=lambda pq: pq[0].price * pq[1])[0].name)
