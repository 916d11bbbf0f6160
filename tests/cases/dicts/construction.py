d1 = {"a": 1, "b": 2}
print("literal:", d1)
print("empty:", {}, dict())
print("kwargs:", dict(x=1, y=2))
print("pairs:", dict([("p", 1), ("q", 2)]))
print("tuples of tuples:", dict((("k", "v"),)))
print("zip:", dict(zip("abc", range(3))))
print("copy + kwargs:", dict(d1, c=3))
print("override kwarg:", dict(d1, a=100))
print("dup keys literal:", {"a": 1, "a": 2})
print("mixed keys:", {1: "int", "1": "str", (1,): "tuple", None: "none"})
print("1 and True same key:", {1: "one", True: "true"})
print("1 and 1.0 same key:", {1: "a", 1.0: "b"})
print("from 2-char strings:", dict(["ab", "cd"]))
print("dict comprehension:", {i: i * i for i in range(5)})
try:
    dict([1, 2])
except TypeError as e:
    print("bad pairs:", type(e).__name__, e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("triple:", type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print("list key:", type(e).__name__, e)
print("len:", len({"x": 1, "y": 2, "z": 3}))
