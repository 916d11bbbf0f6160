# sorted with key=, reverse=, and stability
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, reverse=True))
recs = [("ann", 3), ("bob", 1), ("cy", 3), ("dee", 2), ("eve", 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
by_name = sorted(recs, key=lambda r: r[0], reverse=True)
print(sorted(by_name, key=lambda r: r[1]))
print(sorted([3, -1, 2.5, True, 0]))
print(sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
print(sorted([[2, 1], [1, 9], [1, 2]]))
print(sorted(range(10), key=lambda x: x % 3))
print(sorted([]), sorted([], reverse=True))
nums = [5, 2, 8]
out = sorted(nums)
print(nums, out, out is nums)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print("TypeError:", e)
