lst = [10, 20, 30]
print("lst[-1]:", lst[-1])
print("lst[-3]:", lst[-3])
for i in [3, -4, 100]:
    try:
        print(lst[i])
    except IndexError as e:
        print("get", i, "->", type(e).__name__ + ":", e)
try:
    lst[3] = 1
except IndexError as e:
    print("set ->", type(e).__name__ + ":", e)
try:
    lst["0"]
except TypeError as e:
    print("str index ->", type(e).__name__ + ":", e)
try:
    lst[1.0]
except TypeError as e:
    print("float index ->", type(e).__name__ + ":", e)
print("bool index:", lst[True], lst[False])
try:
    [].index(1)
except ValueError as e:
    print("empty index ->", type(e).__name__ + ":", e)
try:
    ["a"].index("b")
except ValueError as e:
    print("str index ->", type(e).__name__ + ":", e)
try:
    (1, 2)[5]
except IndexError as e:
    print("tuple ->", type(e).__name__ + ":", e)
try:
    "abc"[10]
except IndexError as e:
    print("str ->", type(e).__name__ + ":", e)
print("slices never raise:", lst[5:10], lst[-10:1])
