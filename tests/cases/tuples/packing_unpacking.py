t = 1, 2, 3
print("packed:", t, type(t).__name__)
a, b, c = t
print("unpacked:", a, b, c)
x, y = "hi"
print("from str:", x, y)
p, q = [10, 20]
print("from list:", p, q)
(m, n), o = (1, 2), 3
print("nested:", m, n, o)
k, v = {"key": 1}.popitem()
print("from popitem:", k, v)
for i, (name, score) in enumerate([("ann", 90), ("bob", 85)]):
    print("row", i, name, score)
single = 5,
print("single:", single, len(single))
empty = ()
print("empty:", empty, len(empty))
print("tuple():", tuple())
print("paren not tuple:", (5), type((5)).__name__)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([3, 9, 1, 7])
print("returned pair:", lo, hi)
r = minmax("zebra")
print("as tuple:", r)
first, second = second, first = 1, 2
print("chained:", first, second)
