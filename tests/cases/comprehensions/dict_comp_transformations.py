stock = {"apple": 12, "banana": 0, "cherry": 45, "date": 3, "elder": 0}
print("in stock:", {k: v for k, v in stock.items() if v})
print("doubled:", {k: v * 2 for k, v in stock.items()})
print("upper keys:", {k.upper(): v for k, v in stock.items()})
print("status:", {k: ("low" if v < 5 else "ok") for k, v in stock.items()})
print("by length:", {n: [k for k in stock if len(k) == n] for n in sorted({len(k) for k in stock})})
print("index:", {k: i for i, k in enumerate(stock)})
print("swap filtered:", {v: k for k, v in stock.items() if v})
print("merge counts:", {k: stock.get(k, 0) + extra for k, extra in [("apple", 1), ("fig", 5)]})
names = ["ann", "bob", "cy"]
scores = [[90, 80], [70], [88, 92, 100]]
print("avg by name:", {n: sum(s) / len(s) for n, s in zip(names, scores)})
print("best by name:", {n: max(s) for n, s in zip(names, scores)})
print("nested filter:", {n: [x for x in s if x >= 85] for n, s in zip(names, scores)})
print("from string:", {c: ord(c) for c in "abc"})
