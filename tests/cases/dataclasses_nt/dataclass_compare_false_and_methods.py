from dataclasses import dataclass, field


@dataclass
class Product:
    sku: str
    price: float
    stock: int = field(default=0, compare=False)
    note: str = field(default="", compare=False, repr=False)

    def value(self):
        return self.price * self.stock

    @property
    def available(self):
        return self.stock > 0

    @classmethod
    def parse(cls, text):
        sku, price, stock = text.split(":")
        return cls(sku, float(price), int(stock))


a = Product("A1", 9.99, 5, "fragile")
b = Product("A1", 9.99, 0)
print(a)
print(b)
print("equal ignoring stock:", a == b)
print(a.value(), b.value())
print(a.available, b.available)

items = [Product.parse(t) for t in ["X:1.5:10", "Y:20.0:0", "Z:3.25:4"]]
for it in items:
    print(it, "value", it.value(), "available", it.available)
print(sum(it.value() for it in items))
print([it.sku for it in items if it.available])
try:
    hash(a)
except TypeError as e:
    print("TypeError:", e)
