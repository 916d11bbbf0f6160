inventory = [
    {"sku": "A100", "name": "bolt", "qty": 500, "price": 0.10, "tags": ["hardware", "small"]},
    {"sku": "B200", "name": "hammer", "qty": 12, "price": 15.50, "tags": ["tool"]},
    {"sku": "C300", "name": "drill", "qty": 0, "price": 89.99, "tags": ["tool", "power"]},
    {"sku": "D400", "name": "nail", "qty": 2000, "price": 0.02, "tags": ["hardware", "small"]},
    {"sku": "E500", "name": "saw", "qty": 5, "price": 22.00, "tags": ["tool"]},
    {"sku": "F600", "name": "glue", "qty": 40, "price": 3.75, "tags": ["supply"]},
]

in_stock = [item for item in inventory if item["qty"] > 0]
print("in stock:", [i["name"] for i in in_stock])
out_of_stock = [i["sku"] for i in inventory if not i["qty"]]
print("out of stock:", out_of_stock)

by_value = sorted(inventory, key=lambda i: i["qty"] * i["price"], reverse=True)
for item in by_value:
    value = item["qty"] * item["price"]
    print(f"{item['sku']} {item['name']:<8} value={value:>9.2f}")

low = [i for i in inventory if 0 < i["qty"] < 20]
for item in low:
    item["reorder"] = 50 - item["qty"]
print("reorder:", {i["name"]: i["reorder"] for i in low})

tag_index = {}
for item in inventory:
    for t in item["tags"]:
        tag_index.setdefault(t, []).append(item["name"])
for tag in sorted(tag_index):
    print(f"#{tag}: {', '.join(tag_index[tag])}")

total_value = sum(i["qty"] * i["price"] for i in inventory)
print(f"total inventory value: {total_value:.2f}")
cheapest = min(inventory, key=lambda i: i["price"])
priciest = max(inventory, key=lambda i: i["price"])
print("cheapest:", cheapest["name"], "priciest:", priciest["name"])
print("any power tool in stock:", any("power" in i["tags"] and i["qty"] for i in inventory))
print("all priced:", all(i["price"] > 0 for i in inventory))
multi = sorted(inventory, key=lambda i: (-len(i["tags"]), i["name"]))
print([(i["name"], len(i["tags"])) for i in multi])
print(inventory[1])
