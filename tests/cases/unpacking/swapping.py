a, b = "left", "right"
print("before:", a, b)
a, b = b, a
print("after:", a, b)
nums = [3, 1, 2]
# bubble sort via tuple swaps
for i in range(len(nums)):
    for j in range(len(nums) - 1 - i):
        if nums[j] > nums[j + 1]:
            nums[j], nums[j + 1] = nums[j + 1], nums[j]
            print("swap ->", nums)
print("sorted:", nums)
def reverse_inplace(lst):
    i, j = 0, len(lst) - 1
    while i < j:
        lst[i], lst[j] = lst[j], lst[i]
        i, j = i + 1, j - 1
    return lst
print("reverse:", reverse_inplace([1, 2, 3, 4, 5]))
print("reverse even:", reverse_inplace(list("abcd")))
d = {"x": 1, "y": 2}
d["x"], d["y"] = d["y"], d["x"]
print("dict swap:", d)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print("3-rotate:", x, y, z)
m = [[1, 2], [3, 4]]
m[0][1], m[1][0] = m[1][0], m[0][1]
print("transpose 2x2:", m)
