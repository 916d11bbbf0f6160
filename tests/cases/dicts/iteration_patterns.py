prices = {"apple": 1.25, "bread": 3.5, "milk": 2.0, "eggs": 4.75}
for k in prices:
    print("key:", k)
for v in prices.values():
    print("value:", v)
for k, v in prices.items():
    print(f"{k:>6}: {v:6.2f}")
total = sum(prices.values())
print("total:", total)
cheap = {k: v for k, v in prices.items() if v < 3}
print("cheap:", cheap)
print("most expensive:", max(prices, key=prices.get))
print("cheapest:", min(prices.items(), key=lambda kv: kv[1]))
inverted = {v: k for k, v in prices.items()}
print("inverted:", inverted)
for i, (k, v) in enumerate(sorted(prices.items())):
    print(i, k, v)
try:
    for k in prices:
        prices[k + "!"] = 0
except RuntimeError as e:
    print("mutation during iteration:", type(e).__name__, e)
snapshot = {"a": 1, "b": 2, "c": 3}
for k in list(snapshot):
    if snapshot[k] % 2:
        del snapshot[k]
print("delete via list copy:", snapshot)
