# list(), tuple(), set() constructors (sets only of ints)
print(list(), tuple(), set())
print(list("abc"), tuple("abc"))
print(list(range(5)), tuple(range(5)))
print(list((1, 2)), tuple([1, 2]))
print(list({"a": 1, "b": 2}))
print(list({"a": 1}.items()))
print(sorted(set([3, 1, 3, 2, 1])))
print(set([5, 5, 5]))
print(len(set(range(100)) | set(range(50, 150))))
print(sorted({1, 2, 3} & {2, 3, 4}), sorted({1, 2, 3} - {2}), sorted({1, 2} ^ {2, 3}))
print(list(x * 2 for x in range(3)))
print(tuple(map(abs, [-1, -2])))
print(list(zip((1, 2), "ab")))
print(list(reversed((1, 2, 3))))
nested = list([[0] * 2] * 2)
nested[0][0] = 9
print(nested)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
try:
    set([[1]])
except TypeError as e:
    print("TypeError:", e)
