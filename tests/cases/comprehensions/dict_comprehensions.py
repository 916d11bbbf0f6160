words = ["apple", "banana", "cherry", "date", "elderberry"]
print("len map:", {w: len(w) for w in words})
print("filtered:", {w: len(w) for w in words if len(w) > 5})
print("first letter:", {w[0]: w for w in words})
d = {"a": 1, "b": 2, "c": 3}
print("inverted:", {v: k for k, v in d.items()})
print("squared values:", {k: v * v for k, v in d.items()})
print("from zip:", {k: v for k, v in zip("xyz", range(3))})
print("overwrite later wins:", {x % 3: x for x in range(10)})
print("nested:", {i: {j: i * j for j in range(3)} for i in range(3)})
print("tuple keys:", {(i, j): i + j for i in range(2) for j in range(2)})
print("conditional value:", {n: ("even" if n % 2 == 0 else "odd") for n in range(5)})
counts = {c: "mississippi".count(c) for c in "mississippi"}
print("char counts:", counts)
print("keys ordered by first appearance:", list(counts))
prices = {"a": 10, "b": 25, "c": 5}
print("discounted:", {k: round(v * 0.9, 2) for k, v in prices.items() if v > 6})
print("empty:", {k: v for k, v in []})
