t = (3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5)
print("count 5:", t.count(5))
print("count 7:", t.count(7))
print("index 1:", t.index(1))
print("index 5 start 5:", t.index(5, 5))
print("index 3 in [1:10]:", t.index(3, 1, 10))
try:
    t.index(42)
except ValueError as e:
    print("missing:", type(e).__name__, e)
print("len:", len(t))
print("min/max:", min(t), max(t))
print("sum:", sum(t))
print("sorted (list):", sorted(t))
print("in:", 9 in t, 8 in t)
print("concat:", (1, 2) + (3,))
print("repeat:", ("a", "b") * 3)
print("slice:", t[2:5], t[::-3])
print("reversed:", tuple(reversed((1, 2, 3))))
try:
    t[0] = 100
except TypeError as e:
    print("immutable:", type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print("no del:", type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print("no append:", type(e).__name__, e)
nested = ([1, 2], "s")
nested[0].append(3)
print("mutable inside:", nested)
