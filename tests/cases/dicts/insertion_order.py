d = {}
for k in ["c", "a", "b"]:
    d[k] = len(d)
print("insertion:", d)
d["a"] = 100
print("update keeps position:", d)
del d["c"]
print("after del c:", d)
d["c"] = 5
print("reinsert goes to end:", d)
print("keys:", list(d))
v = d.pop("a")
d["a"] = v
print("pop and reinsert:", d)
d2 = {"z": 1, "y": 2, "x": 3}
print("not sorted:", list(d2))
print("sorted keys:", sorted(d2))
print("sorted by value desc:", dict(sorted(d2.items(), key=lambda kv: -kv[1])))
print("first key:", next(iter(d2)))
print("last key:", list(d2)[-1])
print("reversed:", list(reversed(d2)))
print("reversed items:", list(reversed(d2.items())))
e = {}
for i in range(10):
    e[i] = i
for i in range(0, 10, 2):
    del e[i]
for i in range(0, 10, 3):
    e[i] = "new"
print("after churn:", e)
print("equality ignores order:", {"a": 1, "b": 2} == {"b": 2, "a": 1})
