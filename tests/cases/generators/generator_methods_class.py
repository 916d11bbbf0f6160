class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, qty, price):
        self.items[name] = (qty, price)

    def low_stock(self, threshold):
        for name, (qty, _) in self.items.items():
            if qty < threshold:
                yield name

    def values(self):
        for name, (qty, price) in self.items.items():
            yield name, qty * price

    def report(self):
        yield "INVENTORY"
        total = 0
        for name, value in self.values():
            total += value
            yield f"  {name:<8}{value:>8.2f}"
        yield f"  {'TOTAL':<8}{total:>8.2f}"


inv = Inventory()
inv.add("bolt", 120, 0.05)
inv.add("nut", 8, 0.03)
inv.add("gear", 3, 12.5)
inv.add("spring", 40, 0.4)

print(list(inv.low_stock(10)))
print(list(inv.low_stock(100)))
for line in inv.report():
    print(line)
best = max(inv.values(), key=lambda p: p[1])
print("most valuable:", best[0])
inv.add("nut", 500, 0.03)
print(list(inv.low_stock(10)))
print(round(sum(v for _, v in inv.values()), 2))
