# enumerate with and without start
fruits = ["apple", "banana", "cherry"]
for i, f in enumerate(fruits):
    print(i, f)
for i, f in enumerate(fruits, 1):
    print(i, f)
print(list(enumerate("ab", start=10)))
print(list(enumerate([], 5)))
print(list(enumerate(fruits, -2)))
print(dict(enumerate("xyz")))
e = enumerate(["a", "b"])
print(next(e), next(e))
try:
    next(e)
except StopIteration:
    print("StopIteration raised")
print([i * v for i, v in enumerate([10, 20, 30])])
print(list(enumerate(range(3), start=2 ** 64)))
try:
    enumerate(5)
except TypeError as e:
    print("TypeError:", e)
