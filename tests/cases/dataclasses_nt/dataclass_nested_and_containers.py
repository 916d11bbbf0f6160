from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    qty: int
    unit_price: float

    def total(self):
        return self.qty * self.unit_price


@dataclass
class Order:
    order_id: int
    items: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)

    def add(self, name, qty, price):
        self.items.append(Item(name, qty, price))
        return self

    def total(self):
        return sum(i.total() for i in self.items)


o = Order(1).add("pen", 3, 1.5).add("pad", 2, 4.0)
o.meta["customer"] = "ann"
print(o)
print(o.total())
o2 = Order(1, [Item("pen", 3, 1.5), Item("pad", 2, 4.0)], {"customer": "ann"})
print(o == o2)
o2.items[0].qty = 4
print(o == o2)
print(o2.items[0])
orders = [o, o2, Order(2)]
print([x.total() for x in orders])
print(max(orders, key=Order.total).items[0])
print(Order(3))
