def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    result = []
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([x] + rest)
    return result

def subsets(items):
    result = [[]]
    for x in items:
        result += [s + [x] for s in result]
    return result

def combinations(items, k, start=0, current=None, out=None):
    if current is None:
        current, out = [], []
    if len(current) == k:
        out.append(tuple(current))
        return out
    for i in range(start, len(items)):
        current.append(items[i])
        combinations(items, k, i + 1, current, out)
        current.pop()
    return out

perms = permutations([1, 2, 3])
print(len(perms), perms)
words = ["".join(p) for p in permutations(list("abc"))]
print(words)
print("perms of 5:", len(permutations(list(range(5)))))
unique = sorted(set("".join(p) for p in permutations(list("aab"))))
print("unique perms of aab:", unique)

subs = subsets(["x", "y", "z"])
print(len(subs), subs)
print(sorted(subs, key=lambda s: (len(s), s)))
nums = [3, 34, 4, 12, 5, 2]
target = 9
hits = [s for s in subsets(nums) if sum(s) == target]
print("subsets summing to 9:", hits)
for k in range(5):
    c = combinations("ABCD", k)
    print(k, len(c), ["".join(t) for t in c])
def power_set_bits(items):
    return [[items[i] for i in range(len(items)) if mask >> i & 1] for mask in range(1 << len(items))]
print(power_set_bits([1, 2, 3]) == subsets([1, 2, 3]), power_set_bits([1, 2, 3]))
