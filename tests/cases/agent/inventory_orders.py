inventory = {
    "apple": {"qty": 50, "price": 0.5},
    "bread": {"qty": 10, "price": 2.25},
    "cheese": {"qty": 5, "price": 7.0},
    "dates": {"qty": 0, "price": 4.5},
}
orders = [
    {"id": 1, "items": [("apple", 10), ("bread", 2)]},
    {"id": 2, "items": [("cheese", 6)]},
    {"id": 3, "items": [("dates", 1), ("apple", 5)]},
    {"id": 4, "items": [("eggs", 12)]},
    {"id": 5, "items": [("bread", 8), ("cheese", 5), ("apple", 35)]},
    {"id": 6, "items": [("apple", 1)]},
]

error_counts = {"missing": 0, "stock": 0}

def check(order):
    for name, qty in order["items"]:
        if name not in inventory:
            raise KeyError(name)
        if inventory[name]["qty"] < qty:
            raise ValueError(f"only {inventory[name]['qty']} {name} left, wanted {qty}")

def fulfil(order):
    check(order)
    total = 0.0
    for name, qty in order["items"]:
        inventory[name]["qty"] -= qty
        total += qty * inventory[name]["price"]
    return round(total, 2)

revenue = 0.0
log = []
for order in orders:
    try:
        amount = fulfil(order)
    except KeyError as e:
        error_counts["missing"] += 1
        log.append((order["id"], "rejected", f"unknown item {e}"))
    except ValueError as e:
        error_counts["stock"] += 1
        log.append((order["id"], "rejected", str(e)))
    else:
        revenue += amount
        log.append((order["id"], "ok", f"${amount:.2f}"))

for oid, status, detail in log:
    print(f"order {oid}: {status:<8} {detail}")
print("revenue:", f"${revenue:.2f}")
print("errors:", error_counts)
print("remaining stock:")
for name, info in inventory.items():
    flag = " (out)" if info["qty"] == 0 else ""
    print(f"  {name:<7}{info['qty']:>4}{flag}")
low = [n for n, i in inventory.items() if 0 < i["qty"] < 10]
print("low stock:", low)
print("stock value:", round(sum(i["qty"] * i["price"] for i in inventory.values()), 2))
