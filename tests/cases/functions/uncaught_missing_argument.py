def make_order(item, qty, price):
    return {"item": item, "qty": qty, "total": qty * price}
print(make_order("pen", 3, 2))
print(make_order(qty=1, price=10, item="book"))
args = ("cup", 2, 5)
print(make_order(*args))
partial = ("mug", 4)
print("calling with", partial)
print(make_order(*partial))
