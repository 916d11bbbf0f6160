def total(*nums, start=0):
    print("  nums:", nums, "start:", start)
    return start + sum(nums)
print(total())
print(total(*[]))
print(total(*range(4)))
print(total(1, *[2, 3], 4, *(5,)))
print(total(*[1, 2], start=100))
print(total(*{1: "a", 2: "b"}))
print(total(**{"start": 5}))
groups = [[1, 2], [3], [], [4, 5, 6]]
print(total(*[x for g in groups for x in g]))
def zip_star(*cols):
    return list(zip(*cols))
rows = [(1, "a"), (2, "b"), (3, "c")]
cols = zip_star(*rows)
print("transpose:", cols)
print("back:", zip_star(*cols))
print("args order:", (lambda *a, **k: (a, k))(1, *[2, 3], x=1, **{"y": 2}))
