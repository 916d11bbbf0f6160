# zip with multiple iterables and strict=
a = [1, 2, 3]
b = "abc"
c = (True, False, None, "extra")
print(list(zip(a, b)))
print(list(zip(a, b, c)))
print(list(zip()))
print(list(zip(a)))
print(dict(zip(b, a)))
pairs = [(1, "x"), (2, "y"), (3, "z")]
nums, letters = zip(*pairs)
print(nums, letters)
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print(list(zip(a, b, strict=True)))
print(list(zip(range(3), range(10, 13), range(20, 30))))
z = zip([1, 2], [3, 4])
print(next(z), list(z))
try:
    list(zip(a, c, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip(c, a, strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    zip(1, 2)
except TypeError as e:
    print("TypeError:", e)
