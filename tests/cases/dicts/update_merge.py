base = {"host": "localhost", "port": 80}
over = {"port": 8080, "debug": True}
print("base | over:", base | over)
print("over | base:", over | base)
print("base unchanged:", base)
merged = base.copy()
merged.update(over)
print("update:", merged)
merged.update(timeout=30, port=1)
print("update kwargs:", merged)
merged.update([("a", 1), ("b", 2)])
print("update pairs:", merged)
r = merged.update({})
print("update returns:", r)
alias = base
base |= {"extra": 1}
print("|= mutates alias:", alias)
base |= [("pairs", 2)]
print("|= with pairs:", base)
print("{**a, **b}:", {**over, **{"debug": False}})
try:
    base | [("x", 1)]
except TypeError as e:
    print("| list:", type(e).__name__, e)
chain = {}
for layer in [{"a": 1}, {"b": 2, "a": 10}, {"c": 3}]:
    chain |= layer
    print("layered:", chain)
