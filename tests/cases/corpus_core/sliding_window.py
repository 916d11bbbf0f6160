def max_sum_window(nums, k):
    window = sum(nums[:k])
    best, best_i = window, 0
    for i in range(k, len(nums)):
        window += nums[i] - nums[i - k]
        if window > best:
            best, best_i = window, i - k + 1
    return best, nums[best_i:best_i + k]

def longest_unique_substring(s):
    last = {}
    start = 0
    best = (0, 0)
    for i, ch in enumerate(s):
        if ch in last and last[ch] >= start:
            start = last[ch] + 1
        last[ch] = i
        if i - start + 1 > best[1] - best[0]:
            best = (start, i + 1)
    return s[best[0]:best[1]]

def min_window_len(nums, target):
    total = 0
    left = 0
    best = None
    for right, v in enumerate(nums):
        total += v
        while total >= target:
            length = right - left + 1
            if best is None or length < best:
                best = length
            total -= nums[left]
            left += 1
    return best if best is not None else 0

def window_max(nums, k):
    dq = []
    out = []
    for i, v in enumerate(nums):
        while dq and nums[dq[-1]] <= v:
            dq.pop()
        dq.append(i)
        if dq[0] <= i - k:
            dq.pop(0)
        if i >= k - 1:
            out.append(nums[dq[0]])
    return out

nums = [2, 1, 5, 1, 3, 2, 9, -4, 7, 3]
for k in (1, 2, 3, 4):
    print(f"k={k}", max_sum_window(nums, k))
for s in ["abcabcbb", "bbbbb", "pwwkew", "", "dvdf", "abcdefg"]:
    print(repr(s), "->", repr(longest_unique_substring(s)))
print("min len >= 7:", min_window_len([2, 3, 1, 2, 4, 3], 7))
print("min len >= 100:", min_window_len([1, 2, 3], 100))
print("window max:", window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))
text = "the cat sat on the mat with the hat"
words = text.split()
bigrams = [" ".join(words[i:i + 2]) for i in range(len(words) - 1)]
print(bigrams)
print([words[i:i + 3] for i in range(0, len(words), 3)])
