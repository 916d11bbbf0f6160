nums = list(range(10))
del nums[0]
print(nums)
del nums[-1]
print(nums)
del nums[2:4]
print(nums)
del nums[::2]
print(nums)
del nums[:]
print(nums, len(nums))

letters = list("abcdefgh")
del letters[1::3]
print(letters)
try:
    del letters[50]
except IndexError as e:
    print("IndexError:", e)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
for k in [k for k in d if d[k] > 2]:
    del d[k]
print(d)

nested = {"outer": {"inner": [1, 2, 3]}}
del nested["outer"]["inner"][1]
print(nested)
del nested["outer"]["inner"]
print(nested)

grid = [[1, 2], [3, 4], [5, 6]]
del grid[1][0], grid[0]
print(grid)

t = (1, 2, 3)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
