# sum() with start and its errors
print(sum([1, 2, 3]), sum([], 0), sum([]), sum(range(101)))
print(sum([1, 2, 3], 10), sum([1, 2], start=100))
print(sum([0.5, 0.25, 0.125]), sum([1, 2.5]))
print(sum([[1], [2, 3], []], []))
print(sum([(1,), (2,)], ()))
print(sum([True, True, False]))
print(sum(x * x for x in range(10)))
print(sum([2 ** 64, 2 ** 64]), sum([-(2 ** 63), -1]))
print(sum({1: "a", 2: "b"}))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(5)
except TypeError as e:
    print("TypeError:", e)
