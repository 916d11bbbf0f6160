def permutations(items):
    if len(items) <= 1:
        return [list(items)]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result
perms = permutations([1, 2, 3])
print("count:", len(perms))
for p in perms:
    print(" ", p)
print("strings:", ["".join(p) for p in permutations(list("abc"))])
def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    first, rest = items[0], items[1:]
    return [[first] + c for c in combinations(rest, k - 1)] + combinations(rest, k)
print("C(4,2):", combinations([1, 2, 3, 4], 2))
print("C(5,3) count:", len(combinations(list(range(5)), 3)))
def powerset(items):
    if not items:
        return [[]]
    rest = powerset(items[1:])
    return rest + [[items[0]] + s for s in rest]
print("powerset:", sorted(powerset([1, 2, 3]), key=lambda s: (len(s), s)))
def subsets_sum(items, target):
    return [s for s in powerset(items) if sum(s) == target]
print("subsets summing to 10:", sorted(sorted(s) for s in subsets_sum([2, 3, 5, 7, 8], 10)))
