sq = {x * x for x in range(-3, 4)}
print("squares:", sq)
mods = {x % 5 for x in range(20)}
print("mods:", mods)
evens = {x for x in range(12) if x % 2 == 0}
print("evens:", evens)
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print("pairs sorted:", sorted(pairs))
lens = {len(w) for w in ["a", "bb", "cc", "ddd", "e"]}
print("lengths:", lens)
firsts = {w[0] for w in ["apple", "avocado", "banana", "cherry", "cranberry"]}
print("first letters sorted:", sorted(firsts))
digits = {int(c) for c in "3141592653589"}
print("digits:", digits)
x = "outer"
_ = {x for x in range(3)}
print("x after comprehension:", x)
nested = {frozenset({i, j}) for i in range(3) for j in range(3)}
print("distinct frozensets:", len(nested))
print("set comp empty:", {y for y in []})
