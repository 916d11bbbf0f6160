orders = [
    {"id": 1, "customer": "acme", "items": [("bolt", 100, 0.1), ("nut", 200, 0.05)], "status": "shipped"},
    {"id": 2, "customer": "globex", "items": [("gear", 5, 12.0)], "status": "pending"},
    {"id": 3, "customer": "acme", "items": [("spring", 50, 0.3), ("gear", 2, 12.0)], "status": "shipped"},
    {"id": 4, "customer": "initech", "items": [], "status": "cancelled"},
    {"id": 5, "customer": "globex", "items": [("bolt", 1000, 0.09)], "status": "shipped"},
]

def order_total(order):
    return sum(q * p for _, q, p in order["items"])

shipped = list(filter(lambda o: o["status"] == "shipped", orders))
print("shipped ids:", list(map(lambda o: o["id"], shipped)))
totals = list(map(order_total, orders))
print("totals:", [round(t, 2) for t in totals])
print("pairs:", list(zip([o["id"] for o in orders], totals)))
print("big orders:", [o["id"] for o, t in zip(orders, totals) if t > 20])

def pipeline(data, *steps):
    for step in steps:
        data = step(data)
        print("  after", step.__name__ if hasattr(step, "__name__") else "step", "->", data)
    return data

def only_shipped(os):
    return [o for o in os if o["status"] == "shipped"]
def to_lines(os):
    return [(o["customer"], name, q) for o in os for name, q, _ in o["items"]]
def sum_by_product(lines):
    acc = {}
    for _, name, q in lines:
        acc[name] = acc.get(name, 0) + q
    return acc
def ranked(d):
    return sorted(d.items(), key=lambda kv: kv[1], reverse=True)

result = pipeline(orders, only_shipped, to_lines, sum_by_product, ranked)
print("result:", result)
print(any(o["status"] == "pending" for o in orders), all(o["items"] for o in orders))
print(sum(map(len, (o["items"] for o in orders))), max(map(order_total, orders)))
for i, (o, t) in enumerate(zip(orders, totals), start=1):
    print(f"{i}. #{o['id']} {o['customer']:<8} {t:>8.2f} {'*' if t == max(totals) else ''}")
by_customer = {}
for o in orders:
    by_customer[o["customer"]] = by_customer.get(o["customer"], 0) + order_total(o)
print(sorted(by_customer.items(), key=lambda kv: kv[0]))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(zip("ab", range(5), [True, False, None])))
print(list(enumerate("xyz", 10)), list(reversed([1, 2, 3])), list(filter(None, [0, 1, "", "a", None, []])))
