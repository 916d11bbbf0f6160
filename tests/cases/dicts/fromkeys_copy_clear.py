keys = ["a", "b", "c"]
d = dict.fromkeys(keys)
print("fromkeys:", d)
d2 = dict.fromkeys(keys, 0)
print("fromkeys 0:", d2)
shared = dict.fromkeys(keys, [])
shared["a"].append(1)
print("shared default list:", shared)
d3 = dict.fromkeys("hello")
print("fromkeys str dedups:", d3)
print("dedupe preserving order:", list(dict.fromkeys([3, 1, 3, 2, 1])))
c = d2.copy()
c["a"] = 99
print("copy independent:", d2, c)
alias = d2
d2.clear()
print("cleared:", d2, "alias:", alias)
print("copy survives:", c)
empty = {}
print("fromkeys empty:", dict.fromkeys([]))
print("fromkeys range:", dict.fromkeys(range(3), "x"))
