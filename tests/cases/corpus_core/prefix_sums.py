nums = [3, -1, 4, 1, -5, 9, 2, -6, 5, 3]
prefix = [0]
for x in nums:
    prefix.append(prefix[-1] + x)
print("nums:  ", nums)
print("prefix:", prefix)

def range_sum(i, j):
    return prefix[j + 1] - prefix[i]

for i, j in [(0, 0), (0, 9), (2, 5), (4, 4), (5, 8)]:
    print(f"sum[{i}..{j}] = {range_sum(i, j)} check={sum(nums[i:j + 1])}")

def count_subarrays_with_sum(arr, k):
    seen = {0: 1}
    total = 0
    count = 0
    for x in arr:
        total += x
        count += seen.get(total - k, 0)
        seen[total] = seen.get(total, 0) + 1
    return count
for k in (0, 3, 4, 8):
    print(f"subarrays summing to {k}:", count_subarrays_with_sum(nums, k))

best = cur = nums[0]
start = best_l = best_r = 0
for i in range(1, len(nums)):
    if cur < 0:
        cur, start = nums[i], i
    else:
        cur += nums[i]
    if cur > best:
        best, best_l, best_r = cur, start, i
print("kadane:", best, nums[best_l:best_r + 1])

grid = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
P = [[0] * 5 for _ in range(4)]
for r in range(3):
    for c in range(4):
        P[r + 1][c + 1] = grid[r][c] + P[r][c + 1] + P[r + 1][c] - P[r][c]
for row in P:
    print(row)
def rect(r1, c1, r2, c2):
    return P[r2 + 1][c2 + 1] - P[r1][c2 + 1] - P[r2 + 1][c1] + P[r1][c1]
print("rect(0,0,1,1) =", rect(0, 0, 1, 1), "rect(1,1,2,3) =", rect(1, 1, 2, 3))
running_max = []
m = float("-inf")
for x in nums:
    m = max(m, x)
    running_max.append(m)
print("running max:", running_max)
