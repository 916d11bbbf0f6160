# slice() objects used for indexing
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step)
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(data)[s])
print(data[slice(3)], data[slice(None, None, -1)], data[slice(-3, None)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10))
print(slice(None), slice(1, None), slice(None, 2, None))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
last3 = slice(-3, None)
fields = "2024-03-17".split("-")
print(fields[last3], fields[slice(1, None)])
data[slice(0, 3)] = ["a", "b", "c"]
print(data)
del data[slice(None, None, 2)]
print(data)
try:
    data[slice(None, None, 0)]
except ValueError as e:
    print("ValueError:", e)
