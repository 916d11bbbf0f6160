"""Shopping cart with a transactional context manager that rolls back on failure."""
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Dict, List, Optional


class CartError(Exception):
    pass


class PriceChanged(CartError):
    pass


@dataclass(frozen=True)
class CatalogItem:
    sku: str
    name: str
    price: int  # cents

    def __str__(self) -> str:
        return f"{self.name} @ ${self.price / 100:.2f}"


CATALOG: Dict[str, CatalogItem] = {
    i.sku: i for i in [CatalogItem("TEA", "Green tea", 450), CatalogItem("MUG", "Mug", 1200),
                       CatalogItem("POT", "Teapot", 3499), CatalogItem("BAG", "Tote bag", 800)]
}


@dataclass
class Cart:
    owner: str
    lines: Counter = field(default_factory=Counter)
    log: List[str] = field(default_factory=list)

    def add(self, sku: str, qty: int = 1) -> None:
        if sku not in CATALOG:
            raise CartError(f"unknown sku {sku}")
        if qty <= 0:
            raise CartError(f"bad quantity {qty}")
        self.lines[sku] += qty
        self.log.append(f"add {sku}x{qty}")

    def remove(self, sku: str, qty: int = 1) -> None:
        if self.lines[sku] < qty:
            raise CartError(f"cannot remove {qty} {sku}, only {self.lines[sku]}")
        self.lines[sku] -= qty
        if not self.lines[sku]:
            del self.lines[sku]

    @property
    def total(self) -> int:
        return sum(CATALOG[s].price * q for s, q in self.lines.items())

    def __len__(self) -> int:
        return sum(self.lines.values())

    def __contains__(self, sku: str) -> bool:
        return self.lines[sku] > 0

    def transaction(self) -> "Transaction":
        return Transaction(self)


class Transaction:
    def __init__(self, cart: Cart) -> None:
        self.cart = cart
        self._saved: Optional[Counter] = None

    def __enter__(self) -> Cart:
        self._saved = Counter(self.cart.lines)
        print(f"  [begin] {dict(self._saved)}")
        return self.cart

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            print(f"  [commit] {dict(self.cart.lines)}")
            return False
        self.cart.lines = self._saved
        print(f"  [rollback] {exc_type.__name__}: {exc}")
        return issubclass(exc_type, CartError)  # swallow cart errors only


cart = Cart("dana")
with cart.transaction() as c:
    c.add("TEA", 3)
    c.add("MUG")
with cart.transaction() as c:
    c.add("POT")
    c.add("XYZ")
    print("  not reached")
with cart.transaction() as c:
    c.remove("TEA", 2)
    c.remove("MUG", 5)
print(f"cart has {len(cart)} items, total ${cart.total / 100:.2f}, TEA in cart: {'TEA' in cart}")
try:
    with cart.transaction() as c:
        c.add("BAG", 2)
        raise ValueError("payment gateway down")
except ValueError as exc:
    print(f"outer caught: {exc!r}")
print("after failed payment:", dict(cart.lines))

sale = {s: replace(i, price=int(i.price * 0.8)) for s, i in CATALOG.items() if i.price > 1000}
for sku, item in sorted(sale.items()):
    print(f"  sale: {CATALOG[sku]} -> {item}")
print("frozen item equality:", CATALOG["MUG"] == CatalogItem("MUG", "Mug", 1200))
try:
    CATALOG["MUG"].price = 1
except AttributeError as exc:
    print("cannot mutate:", type(exc).__name__)
receipt = [f"{q} x {CATALOG[s].name:<10}{CATALOG[s].price * q / 100:>8.2f}" for s, q in sorted(cart.lines.items())]
print("\n".join(receipt))
print(f"{'TOTAL':<14}{cart.total / 100:>8.2f}", "| log:", cart.log)
