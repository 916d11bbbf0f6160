def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)

print(depth(50))
try:
    depth(100000)
except RecursionError as e:
    print("caught:", e)
items = {"a": [1, 2]}
print(items["a"][5])
