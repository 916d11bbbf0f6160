class OutOfStock(Exception):
    pass

class Product:
    def __init__(self, sku, name, price):
        if price < 0:
            raise ValueError(f"negative price for {sku}")
        self.sku = sku
        self.name = name
        self.price = price

class Inventory:
    def __init__(self):
        self.products = {}
        self.stock = {}

    def add(self, product, qty):
        if qty <= 0:
            raise ValueError("qty must be positive")
        self.products[product.sku] = product
        self.stock[product.sku] = self.stock.get(product.sku, 0) + qty

    def take(self, sku, qty):
        if sku not in self.stock:
            raise KeyError(sku)
        have = self.stock[sku]
        if have < qty:
            raise OutOfStock(f"{sku}: have {have}, need {qty}")
        self.stock[sku] = have - qty
        return self.products[sku].price * qty

    def value(self):
        return sum(self.products[s].price * q for s, q in self.stock.items())

inv = Inventory()
inv.add(Product("A1", "bolt", 0.25), 100)
inv.add(Product("B2", "nut", 0.1), 200)
inv.add(Product("C3", "gear", 12.5), 4)
inv.add(Product("A1", "bolt", 0.25), 20)
print(inv.stock)
print(round(inv.value(), 2))
for sku, qty in [("A1", 30), ("C3", 5), ("Z9", 1), ("B2", 200), ("C3", 4)]:
    try:
        cost = inv.take(sku, qty)
        print("took", sku, qty, "cost", round(cost, 2))
    except OutOfStock as e:
        print("OutOfStock:", e)
    except KeyError as e:
        print("unknown sku", e)
print(inv.stock)
print(round(inv.value(), 2))
for bad in [("D4", "x", -1), ("E5", "y", 3)]:
    try:
        p = Product(*bad)
        inv.add(p, 0)
    except ValueError as e:
        print("ValueError:", e)
print(sorted(inv.products))
print(isinstance(OutOfStock("x"), Exception))
