inventory = {"apples": 5, "pears": 0, "plums": 12}

def take(item, n):
    try:
        have = inventory[item]
    except KeyError:
        print(f"  no such item: {item}")
        return False
    if have < n:
        print(f"  not enough {item}: have {have}, want {n}")
        return False
    inventory[item] = have - n
    return True

for item, n in [("apples", 3), ("kiwis", 1), ("pears", 1), ("plums", 12), ("apples", 3)]:
    print(f"take {n} {item}:", take(item, n))
print(inventory)

print(inventory.get("kiwis"), inventory.get("kiwis", 0), "kiwis" in inventory)
try:
    del inventory["kiwis"]
except KeyError as e:
    print("del failed:", repr(e), e.args[0])
try:
    inventory.pop("kiwis")
except KeyError as e:
    print("pop failed:", e)

nested = {"a": {"b": {"c": 1}}}
def deep_get(d, *keys):
    try:
        for k in keys:
            d = d[k]
        return d
    except (KeyError, TypeError) as e:
        return f"<{type(e).__name__}: {e}>"
print(deep_get(nested, "a", "b", "c"), deep_get(nested, "a", "x"), deep_get(nested, "a", "b", "c", "d"))

counts = {}
for ch in "hello world":
    try:
        counts[ch] += 1
    except KeyError:
        counts[ch] = 1
print(counts)
keys = list(inventory)
for k in keys:
    if inventory[k] == 0:
        del inventory[k]
print(inventory)
try:
    for k in inventory:
        inventory[k + "_x"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
tuple_keys = {(1, 2): "a", (3, 4): "b"}
print(tuple_keys[(1, 2)], tuple_keys.get((5, 6), "?"))
try:
    tuple_keys[[1, 2]] = "c"
except TypeError as e:
    print("TypeError:", e)
