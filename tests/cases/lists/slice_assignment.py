a = list(range(8))
a[2:4] = ["x", "y"]
print("same size:", a)
a[2:4] = ["p", "q", "r", "s"]
print("grow:", a)
a[1:7] = [0]
print("shrink:", a)
a[1:1] = [10, 11, 12]
print("insert via empty slice:", a)
a[:0] = ["start"]
print("prepend:", a)
a[len(a):] = ["end"]
print("append via slice:", a)
a[:] = [1, 2, 3]
print("replace all:", a)
a[1:2] = []
print("delete via assign:", a)
a[0:1] = "hi"
print("assign string:", a)
a[1:3] = range(3)
print("assign range:", a)

b = list(range(10))
b[::2] = ["e"] * 5
print("extended assign:", b)
b[1::2] = [-1, -3, -5, -7, -9]
print("odd assign:", b)
b[::-3] = [100, 200, 300, 400]
print("reverse step assign:", b)
try:
    b[::2] = [1, 2, 3]
except ValueError as e:
    print("bad extended:", type(e).__name__, e)

c = [1, 2, 3]
alias = c
c[:] = [9, 9]
print("alias sees slice assign:", alias)
c = [7]
print("rebinding does not:", alias)

try:
    c[0:1] = 5
except TypeError as e:
    print("non-iterable:", type(e).__name__)
