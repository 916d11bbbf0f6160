d = {"a": 1, 2: "two", (1, 2): "tuple"}
tests = ["b", 3, (2, 1), "it's", "", None, 2.5, ("x",)]
for key in tests:
    try:
        d[key]
    except KeyError as e:
        print("missing", repr(key), "->", type(e).__name__, e, e.args)
try:
    del d["zzz"]
except KeyError as e:
    print("del missing ->", e)
try:
    d[[1]]
except TypeError as e:
    print("unhashable lookup ->", type(e).__name__, e)
print("in with unhashable-safe check:", "a" in d)
try:
    [1] in d
except TypeError as e:
    print("in unhashable ->", type(e).__name__, e)
print("key 2.0 finds 2:", d[2.0])
print("key True missing?:", True in d)
d[1] = "one"
print("now True finds 1:", d[True])
