"""Simulate a vending machine with coins, stock and state transitions."""
from dataclasses import dataclass, field
from typing import Dict, List


class VendingError(Exception):
    """Base class for vending machine errors."""


class OutOfStock(VendingError):
    def __init__(self, slot: str):
        super().__init__(f"slot {slot} is empty")
        self.slot = slot


class InsufficientFunds(VendingError):
    def __init__(self, needed: int, have: int):
        super().__init__(f"need {needed}c more (have {have}c)")
        self.needed = needed


class InvalidCoin(VendingError):
    pass


@dataclass
class Product:
    name: str
    price: int
    quantity: int = 0

    def __repr__(self) -> str:
        return f"Product({self.name!r}, {self.price}c x{self.quantity})"


@dataclass
class VendingMachine:
    slots: Dict[str, Product] = field(default_factory=dict)
    balance: int = 0
    bank: int = 0
    history: List[str] = field(default_factory=list)
    ACCEPTED = (5, 10, 25, 100)

    def insert(self, coin: int) -> None:
        if coin not in self.ACCEPTED:
            raise InvalidCoin(f"coin {coin} rejected")
        self.balance += coin
        self.history.append(f"+{coin}")

    def select(self, slot: str) -> tuple[str, list[int]]:
        product = self.slots.get(slot)
        if product is None or product.quantity == 0:
            raise OutOfStock(slot)
        if self.balance < product.price:
            raise InsufficientFunds(product.price - self.balance, self.balance)
        product.quantity -= 1
        self.bank += product.price
        change = self._make_change(self.balance - product.price)
        self.balance = 0
        self.history.append(f"sold {product.name}")
        return product.name, change

    @staticmethod
    def _make_change(amount: int) -> list[int]:
        coins = []
        for c in (100, 25, 10, 5):
            while amount >= c:
                coins.append(c)
                amount -= c
        return coins

    def refund(self) -> int:
        amount, self.balance = self.balance, 0
        self.history.append(f"refund {amount}")
        return amount


def run_script(vm: VendingMachine, actions: list) -> None:
    for action in actions:
        match action:
            case ("coin", int(value)):
                try:
                    vm.insert(value)
                    print(f"inserted {value:>3}c -> balance {vm.balance}")
                except InvalidCoin as exc:
                    print(f"  ! {exc}")
            case ("buy", slot):
                try:
                    name, change = vm.select(slot)
                except OutOfStock as exc:
                    print(f"  ! out of stock: {exc.slot}")
                except InsufficientFunds as exc:
                    print(f"  ! {exc} (short by {exc.needed})")
                else:
                    print(f"vended {name}, change={change} total={sum(change)}")
            case ("refund",):
                print(f"refunded {vm.refund()}c")
            case other:
                print(f"  ? unknown action {other!r}")


vm = VendingMachine({
    "A1": Product("Cola", 125, 2),
    "A2": Product("Chips", 90, 1),
    "B1": Product("Candy", 65, 0),
})
script = [
    ("coin", 100), ("coin", 25), ("buy", "A1"),
    ("coin", 3), ("coin", 100), ("buy", "B1"), ("buy", "A2"),
    ("coin", 25), ("buy", "A1"), ("coin", 100), ("buy", "A1"),
    ("coin", 100), ("buy", "A2"), ("refund",), ("dance",),
]
run_script(vm, script)
print("stock:", sorted(vm.slots.values(), key=lambda p: p.name))
print(f"bank={vm.bank}c balance={vm.balance}c")
print("history:", " | ".join(vm.history))
