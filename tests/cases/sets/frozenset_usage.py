f = frozenset([3, 1, 2, 3])
print("frozenset:", f)
print("len:", len(f), "2 in f:", 2 in f)
print("empty:", frozenset())
print("union returns frozenset:", type(f | {4}).__name__, f | {4})
print("set | frozenset type:", type({9} | f).__name__)
try:
    f.add(5)
except AttributeError as e:
    print("no add:", type(e).__name__)
d = {f: "frozen key"}
print("as key:", d[frozenset({1, 2, 3})])
s = {frozenset({1}), frozenset({1}), frozenset({2})}
print("set of frozensets size:", len(s))
try:
    {{1}}
except TypeError as e:
    print("set in set:", type(e).__name__, e)
groups = [frozenset([1, 2]), frozenset([2, 1]), frozenset([3])]
unique = []
for g in groups:
    if g not in unique:
        unique.append(g)
print("unique groups:", unique)
print("frozenset ops:", frozenset([1, 2]) & frozenset([2, 3]), frozenset([1]) - frozenset([1]))
print("issubset:", frozenset([1]).issubset({1, 2}))
