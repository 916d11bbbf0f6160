a = {1, 2}
b = {1, 2, 3}
c = {4, 5}
print("a <= b:", a <= b, a.issubset(b))
print("a < b:", a < b)
print("b < b:", b < b, "b <= b:", b <= b)
print("b >= a:", b >= a, b.issuperset(a))
print("b > a:", b > a)
print("a.isdisjoint(c):", a.isdisjoint(c))
print("a.isdisjoint(b):", a.isdisjoint(b))
print("issubset list:", a.issubset([1, 2, 3, 4]))
print("issuperset range:", b.issuperset(range(1, 3)))
print("empty subset of all:", set() <= a, set().issubset(set()))
print("a == {2, 1}:", a == {2, 1})
print("a != b:", a != b)
print("incomparable:", a < c, a > c, a == c)
print("set == frozenset:", {1, 2} == frozenset([1, 2]))
words = ["apple", "pale", "leap", "plea", "ample"]
letters = set("apple")
for w in words:
    print(w, "subset of apple letters:", set(w) <= letters)
