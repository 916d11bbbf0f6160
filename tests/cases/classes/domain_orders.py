class OrderError(Exception):
    pass

class LineItem:
    def __init__(self, name, qty, unit):
        self.name = name
        self.qty = qty
        self.unit = unit

    def total(self):
        return self.qty * self.unit

class Order:
    STATES = ("new", "paid", "shipped", "cancelled")
    TRANSITIONS = {"new": ("paid", "cancelled"), "paid": ("shipped", "cancelled")}

    def __init__(self, oid):
        self.oid = oid
        self.items = []
        self.state = "new"
        self.history = ["new"]

    def add(self, name, qty, unit):
        if self.state != "new":
            raise OrderError(f"order {self.oid} is {self.state}, cannot add")
        self.items.append(LineItem(name, qty, unit))
        return self

    def total(self):
        return sum(i.total() for i in self.items)

    def move(self, new_state):
        allowed = self.TRANSITIONS.get(self.state, ())
        if new_state not in allowed:
            raise OrderError(f"{self.state} -> {new_state} not allowed")
        self.state = new_state
        self.history.append(new_state)

o = Order(7)
o.add("pen", 3, 150).add("pad", 1, 400)
print(o.total())
print([i.name for i in o.items])
for step in ["paid", "new", "shipped", "cancelled"]:
    try:
        o.move(step)
        print("moved to", o.state)
    except OrderError as e:
        print("OrderError:", e)
try:
    o.add("ink", 1, 99)
except OrderError as e:
    print("OrderError:", e)
print(o.history)
o2 = Order(8).add("cup", 2, 250)
o2.move("cancelled")
print(o2.state, o2.total(), o2.history)
try:
    o2.move("paid")
except OrderError as e:
    print("OrderError:", e)
print(Order.STATES.index(o.state))
