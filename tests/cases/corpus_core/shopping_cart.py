CATALOG = {"apple": 0.5, "bread": 2.25, "milk": 1.99, "cheese": 6.5, "coffee": 11.0}
COUPONS = {"SAVE10": ("percent", 10), "FIVEOFF": ("flat", 5.0), "BOGO-apple": ("bogo", "apple")}

cart = {}
def add(item, qty=1):
    if item not in CATALOG:
        print(f"  ! unknown item {item!r}")
        return False
    if qty <= 0:
        print(f"  ! bad qty {qty} for {item}")
        return False
    cart[item] = cart.get(item, 0) + qty
    return True

def remove(item, qty=None):
    if item not in cart:
        print(f"  ! {item} not in cart")
        return
    if qty is None or qty >= cart[item]:
        del cart[item]
    else:
        cart[item] -= qty

def subtotal():
    return sum(CATALOG[i] * q for i, q in cart.items())

def apply_coupon(code, amount):
    kind, value = COUPONS[code]
    if kind == "percent":
        return amount * value / 100
    if kind == "flat":
        return min(value, amount)
    if kind == "bogo":
        return (cart.get(value, 0) // 2) * CATALOG[value]
    return 0

actions = [("add", "apple", 6), ("add", "bread", 1), ("add", "caviar", 1), ("add", "milk", 2),
           ("add", "coffee", 1), ("remove", "milk", 1), ("add", "cheese", 0), ("remove", "tea", None)]
for act, item, qty in actions:
    print(f"{act} {item} {qty}")
    if act == "add":
        add(item, qty)
    else:
        remove(item, qty)
    print("  cart:", cart, f"subtotal={subtotal():.2f}")

sub = subtotal()
for code in ["SAVE10", "FIVEOFF", "BOGO-apple", "BOGUS"]:
    try:
        d = apply_coupon(code, sub)
        print(f"{code:>10}: -{d:.2f} -> {sub - d:.2f}")
    except KeyError as e:
        print(f"{code:>10}: invalid coupon {e}")
tax = round(sub * 0.0825, 2)
print(f"subtotal {sub:.2f} tax {tax:.2f} total {sub + tax:.2f}")
for item, q in sorted(cart.items(), key=lambda kv: -CATALOG[kv[0]] * kv[1]):
    print(f"{item:<8} x{q:<3} @ {CATALOG[item]:>5.2f} = {CATALOG[item] * q:>6.2f}")
