# filter (incl. None) and map (incl. multiple iterables)
nums = [0, 1, 2, 3, 4, 5, 6, "", None, [], "a"]
print(list(filter(None, nums)))
print(list(filter(lambda x: isinstance(x, int) and x % 2 == 0, nums)))
print(list(map(str, [1, 2, 3])))
print(list(map(lambda x: x * x, range(5))))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20, 30, 40])))
print(list(map(pow, [2, 3, 4], [3, 2, 1])))
print(list(map(max, [1, 5], [4, 2], [3, 3])))
print(list(map(len, ["a", "bb", "", "cccc"])))
print(list(map(int, "12345")))
print(sum(map(int, "12345")))
m = map(str.upper, ["x", "y"])
print(next(m), next(m), next(m, "end"))
print(list(filter(str.isdigit, "a1b2c3")))
words = ["Apple", "bob", "Civic", "dad", "Eve"]
print(list(filter(lambda w: w.lower() == w.lower()[::-1], words)))
try:
    list(map(lambda x: x + 1, [1, "a"]))
except TypeError as e:
    print("TypeError:", e)
try:
    map(len)
except TypeError as e:
    print("TypeError:", e)
