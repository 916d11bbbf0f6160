# reversed() over sequences and its errors
print(list(reversed([1, 2, 3])))
print(list(reversed("héllo")))
print("".join(reversed("stressed")))
print(tuple(reversed((1, "a", None))))
print(list(reversed(range(5))))
print(list(reversed(range(0, 20, 7))))
print(list(reversed([])))
d = {"a": 1, "b": 2, "c": 3}
print(list(reversed(d)))
print(list(reversed(d.items())))
r = reversed([10, 20])
print(next(r), next(r), next(r, "done"))
print(list(reversed(b"abc")))
try:
    reversed(5)
except TypeError as e:
    print("TypeError:", e)
try:
    reversed(x for x in [1])
except TypeError as e:
    print("TypeError:", e)
