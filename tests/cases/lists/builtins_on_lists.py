nums = [4, -2, 7, 0, 3]
print("len:", len(nums))
print("sum:", sum(nums))
print("sum start:", sum(nums, 100))
print("min:", min(nums), "max:", max(nums))
print("max key:", max(nums, key=abs))
print("any:", any(nums), "all:", all(nums))
print("all empty:", all([]), "any empty:", any([]))
print("sorted:", sorted(nums))
print("enumerate:", list(enumerate(nums)))
print("zip:", list(zip(nums, nums[1:])))
print("4 in:", 4 in nums, "5 in:", 5 in nums, "5 not in:", 5 not in nums)
print("map abs:", list(map(abs, nums)))
print("nested sum:", sum([[1], [2, 3]], []))
print("min of strs:", min(["pear", "apple", "fig"]))
print("max default:", max([], default="none"))
try:
    max([])
except ValueError as e:
    print("max empty:", type(e).__name__)
try:
    sum(["a", "b"])
except TypeError as e:
    print("sum strs:", type(e).__name__, e)
print("bool([]):", bool([]), "bool([0]):", bool([0]))
print("str:", str([1, "a", None, 2.5, True]))
print("repr nested:", repr([[], [[]], "q'"]))
