scores = {"ana": 88, "ben": 92, "cy": 75, "dee": 92, "eli": 60, "fay": 99, "gus": 81, "hal": 88}

def top_k_sorted(d, k):
    return sorted(d.items(), key=lambda kv: (-kv[1], kv[0]))[:k]

def top_k_manual(d, k):
    best = []
    for name, score in d.items():
        inserted = False
        for i, (n2, s2) in enumerate(best):
            if score > s2 or (score == s2 and name < n2):
                best.insert(i, (name, score))
                inserted = True
                break
        if not inserted:
            best.append((name, score))
        if len(best) > k:
            best.pop()
    return best

for k in (1, 3, 5, 10):
    a = top_k_sorted(scores, k)
    b = top_k_manual(scores, k)
    print(k, a, "same" if a == b else "DIFF")

print("bottom 3:", sorted(scores, key=scores.get)[:3])
words = "to be or not to be that is the question to ask".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print("top words:", top_k_sorted(freq, 3))
nums = [17, 3, 99, 42, 8, 56, 23, 77, 4, 61]
print("3 largest:", sorted(nums)[-3:][::-1], "3 smallest:", sorted(nums)[:3])
print("kth largest (k=4):", sorted(nums, reverse=True)[3])
median = sorted(nums)[len(nums) // 2 - 1:len(nums) // 2 + 1]
print("middle two:", median, "median:", sum(median) / 2)
print(max(nums), min(nums), max(nums, key=lambda x: x % 10), min("banana", "apple", "cherry"))
print(max([], default="empty"), max(3, 7, 5), min((2, "b"), (2, "a")))
