# sort with key and reverse, stability
nums = [5, 2, 9, 1, 5, 6, -3]
nums.sort()
print("sorted asc:", nums)
nums.sort(reverse=True)
print("sorted desc:", nums)
nums.sort(key=abs)
print("by abs:", nums)

words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
words.sort()
print("default:", words)
words.sort(key=str.lower)
print("case-insensitive:", words)
words.sort(key=len)
print("by len (stable):", words)
words.sort(key=len, reverse=True)
print("by len desc:", words)

pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
pairs.sort()
print("tuples:", pairs)
pairs.sort(key=lambda p: p[1])
print("by second (stable):", pairs)
pairs.sort(key=lambda p: (-p[1], p[0]))
print("by -second, first:", pairs)

r = nums.sort()
print("sort returns:", r)

s = sorted([3, 1, 2])
print("sorted():", s)
print("sorted reverse:", sorted("hello", reverse=True))

try:
    [1, "a", 2].sort()
except TypeError as e:
    print("mixed sort:", type(e).__name__, e)

empty = []
empty.sort()
print("empty sorted:", empty)
