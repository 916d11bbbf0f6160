d = {"a": 1, "b": 2}
print("get a:", d.get("a"))
print("get z:", d.get("z"))
print("get z default:", d.get("z", 0))
print("get does not insert:", d)
print("setdefault a:", d.setdefault("a", 100))
print("setdefault c:", d.setdefault("c", 3))
print("setdefault d:", d.setdefault("d"))
print("after setdefault:", d)
print("pop a:", d.pop("a"))
print("pop missing default:", d.pop("zz", "dflt"))
print("pop missing None:", d.pop("zz", None))
print("after pop:", d)
try:
    d.pop("nope")
except KeyError as e:
    print("pop missing:", type(e).__name__, e)
lists = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    lists.setdefault(word[0], []).append(word)
print("grouped:", lists)
k, v = d.popitem()
print("popitem:", k, v, d)
k, v = d.popitem()
print("popitem:", k, v, d)
k, v = d.popitem()
print("popitem:", k, v, d)
try:
    d.popitem()
except KeyError as e:
    print("popitem empty:", type(e).__name__, e)
