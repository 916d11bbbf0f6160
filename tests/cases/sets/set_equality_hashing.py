print("{1, 2} == {2, 1}:", {1, 2} == {2, 1})
print("{1, 1.0, True} len:", len({1, 1.0, True}))
print("{0, False, 0.0}:", {0, False, 0.0})
print("first inserted kept:", {1, True})
print("{True, 1}:", {True, 1})
print("{(1, 2), (1, 2)}:", {(1, 2), (1, 2)})
print("None in set:", None in {None, 1})
print("set == list:", {1} == [1])
s = set()
for v in [1, 2.0, 2, 3, 1.0]:
    s.add(v)
print("mixed int/float:", sorted(s))
try:
    {[1, 2]}
except TypeError as e:
    print("list elem:", type(e).__name__, e)
try:
    set([[1]])
except TypeError as e:
    print("set([[1]]):", type(e).__name__, e)
try:
    {1}.add({})
except TypeError as e:
    print("add dict:", type(e).__name__, e)
