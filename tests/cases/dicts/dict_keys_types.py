d = {}
d[1] = "int one"
d[2.5] = "float"
d["s"] = "str"
d[(1, "a")] = "tuple"
d[None] = "none"
d[frozenset([1, 2])] = "frozenset"
d[True] = "bool overwrote 1"
d[-0.0] = "neg zero"
print("d:", d)
print("d[0]:", d[0])
print("d[1.0]:", d[1.0])
print("d[frozenset({2, 1})]:", d[frozenset({2, 1})])
print("len:", len(d))
print("types of keys:", [type(k).__name__ for k in d])
try:
    d[{}] = 1
except TypeError as e:
    print("dict key:", type(e).__name__, e)
try:
    d[{1}] = 1
except TypeError as e:
    print("set key:", type(e).__name__, e)
