def bsearch(arr, target):
    lo, hi = 0, len(arr) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if arr[mid] == target:
            return mid, steps
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

def lower_bound(arr, target):
    lo, hi = 0, len(arr)
    while lo < hi:
        mid = (lo + hi) // 2
        if arr[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo

def upper_bound(arr, target):
    lo, hi = 0, len(arr)
    while lo < hi:
        mid = (lo + hi) // 2
        if arr[mid] <= target:
            lo = mid + 1
        else:
            hi = mid
    return lo

arr = [1, 3, 3, 3, 5, 8, 13, 21, 21, 34, 55, 89]
print("arr:", arr)
for t in [1, 3, 4, 21, 89, 0, 100, 34]:
    idx, steps = bsearch(arr, t)
    lb, ub = lower_bound(arr, t), upper_bound(arr, t)
    print(f"target {t:>3}: index {idx:>2} in {steps} steps; lb={lb} ub={ub} count={ub - lb}")

def isqrt(n):
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid - 1
    return lo

for n in [0, 1, 15, 16, 17, 99, 10 ** 20, 2 ** 61 - 1]:
    print(f"isqrt({n}) = {isqrt(n)}")

def first_true(lo, hi, pred):
    while lo < hi:
        mid = (lo + hi) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo

print("first n with n^3 > 10000:", first_true(0, 1000, lambda n: n ** 3 > 10000))
rotated = [15, 18, 22, 1, 4, 7, 10]
print("rotation point:", first_true(0, len(rotated), lambda i: rotated[i] < rotated[0]))
