def next_greater(nums):
    res = [-1] * len(nums)
    stack = []
    for i, x in enumerate(nums):
        while stack and nums[stack[-1]] < x:
            res[stack.pop()] = x
        stack.append(i)
    return res

def stock_span(prices):
    spans = []
    stack = []
    for i, p in enumerate(prices):
        while stack and prices[stack[-1]] <= p:
            stack.pop()
        spans.append(i + 1 if not stack else i - stack[-1])
        stack.append(i)
    return spans

def largest_rectangle(heights):
    stack = []
    best = (0, 0, 0)
    for i, h in enumerate(heights + [0]):
        start = i
        while stack and stack[-1][1] >= h:
            idx, height = stack.pop()
            area = height * (i - idx)
            if area > best[0]:
                best = (area, idx, i - 1)
            start = idx
        stack.append((start, h))
    return best

def trap_water(h):
    left, right = 0, len(h) - 1
    lmax = rmax = water = 0
    while left < right:
        if h[left] < h[right]:
            lmax = max(lmax, h[left])
            water += lmax - h[left]
            left += 1
        else:
            rmax = max(rmax, h[right])
            water += rmax - h[right]
            right -= 1
    return water

nums = [4, 5, 2, 25, 7, 8, 1, 30]
print("next greater:", list(zip(nums, next_greater(nums))))
prices = [100, 80, 60, 70, 60, 75, 85]
print("spans:", stock_span(prices))
for hs in ([2, 1, 5, 6, 2, 3], [2, 4], [6, 2, 5, 4, 5, 1, 6], [1, 1, 1, 1]):
    print(hs, "largest rect:", largest_rectangle(hs))
for h in ([0, 1, 0, 2, 1, 0, 1, 3, 2, 1, 2, 1], [4, 2, 0, 3, 2, 5], [1, 2, 3]):
    print(h, "water:", trap_water(h))
temps = [73, 74, 75, 71, 69, 72, 76, 73]
wait = [0] * len(temps)
st = []
for i, t in enumerate(temps):
    while st and temps[st[-1]] < t:
        j = st.pop()
        wait[j] = i - j
    st.append(i)
print("days to warmer:", wait)
def remove_k_digits(num, k):
    st = []
    for d in num:
        while k and st and st[-1] > d:
            st.pop(); k -= 1
        st.append(d)
    st = st[:len(st) - k] if k else st
    return "".join(st).lstrip("0") or "0"
print(remove_k_digits("1432219", 3), remove_k_digits("10200", 1), remove_k_digits("10", 2))
