def search(grid, target):
    for r, row in enumerate(grid):
        for c, val in enumerate(row):
            if val == target:
                return (r, c)
    return None
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
for t in [5, 9, 1, 10]:
    print("search", t, "->", search(grid, t))
def first_negative(nums):
    for n in nums:
        if n < 0:
            break
    else:
        n = None
    return n
print("first negative:", first_negative([3, 0, -2, -5]))
print("first negative none:", first_negative([1, 2]))
def process(items):
    out = []
    for item in items:
        if item is None:
            continue
        if item == "STOP":
            break
        out.append(item.upper())
    return out
print(process(["a", None, "b", "STOP", "c"]))
print(process([]))
flag = False
for i in range(3):
    for j in range(3):
        if i + j == 3:
            flag = True
            break
    else:
        continue
    break
print("escaped with flag:", flag, i, j)
