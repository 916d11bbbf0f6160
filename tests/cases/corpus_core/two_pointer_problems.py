def pair_with_sum(nums, target):
    i, j = 0, len(nums) - 1
    while i < j:
        s = nums[i] + nums[j]
        if s == target:
            return (nums[i], nums[j])
        if s < target:
            i += 1
        else:
            j -= 1
    return None

def three_sum(nums):
    nums = sorted(nums)
    res = []
    for k in range(len(nums) - 2):
        if k > 0 and nums[k] == nums[k - 1]:
            continue
        i, j = k + 1, len(nums) - 1
        while i < j:
            s = nums[k] + nums[i] + nums[j]
            if s == 0:
                res.append((nums[k], nums[i], nums[j]))
                i += 1
                while i < j and nums[i] == nums[i - 1]:
                    i += 1
                j -= 1
            elif s < 0:
                i += 1
            else:
                j -= 1
    return res

def remove_dups_inplace(nums):
    if not nums:
        return 0
    w = 1
    for r in range(1, len(nums)):
        if nums[r] != nums[w - 1]:
            nums[w] = nums[r]
            w += 1
    return w

def max_area(heights):
    i, j = 0, len(heights) - 1
    best = 0
    while i < j:
        best = max(best, (j - i) * min(heights[i], heights[j]))
        if heights[i] < heights[j]:
            i += 1
        else:
            j -= 1
    return best

sorted_nums = [1, 2, 4, 7, 11, 15, 20]
for t in [9, 15, 26, 100, 3]:
    print(f"pair summing to {t}: {pair_with_sum(sorted_nums, t)}")
print("3sum:", three_sum([-1, 0, 1, 2, -1, -4, -2, 3, 0, 0]))
data = [1, 1, 2, 3, 3, 3, 4, 5, 5]
n = remove_dups_inplace(data)
print("unique prefix:", n, data[:n], "full:", data)
print("max water:", max_area([1, 8, 6, 2, 5, 4, 8, 3, 7]))
def merge_sorted(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]
print(merge_sorted([1, 4, 9], [2, 3, 10, 11]))
s = "a1b2c3d4"
chars = list(s)
l, r = 0, len(chars) - 1
while l < r:
    chars[l], chars[r] = chars[r], chars[l]
    l += 1; r -= 1
print("".join(chars))
