inv = {"apples": 5, "pears": 0, "plums": 3, "kiwis": 0}
del inv["apples"]
print("del:", inv)
zero = [k for k, v in inv.items() if v == 0]
for k in zero:
    del inv[k]
print("removed zeros:", inv)
inv["figs"] = 2
inv["plums"] += 10
print("modified:", inv)
inv["plums"] -= 13
print("plums now:", inv["plums"])
counts = {"x": 0}
counts["x"] += 1
counts["x"] *= 5
print("augmented:", counts)
try:
    counts["y"] += 1
except KeyError as e:
    print("augment missing:", type(e).__name__, e)
m = {"l": [1, 2]}
ref = m["l"]
m["l"] += [3]
print("list in dict +=:", m, "ref:", ref, ref is m["l"])
m["l"] = m["l"] + [4]
print("after rebind:", m, "ref:", ref)
d = {i: str(i) for i in range(5)}
for k in list(d.keys()):
    if k % 2 == 0:
        d.pop(k)
print("popped evens:", d)
