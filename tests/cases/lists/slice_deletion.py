a = list(range(12))
del a[0]
print("del a[0]:", a)
del a[-1]
print("del a[-1]:", a)
del a[2:4]
print("del a[2:4]:", a)
del a[::2]
print("del a[::2]:", a)
del a[::-2]
print("del a[::-2]:", a)
b = list("abcdefg")
del b[1:100]
print("del past end:", b)
c = [1, 2, 3]
del c[:]
print("del all:", c)
d = [1, 2, 3]
del d[5:]
print("del empty range:", d)
try:
    del d[3]
except IndexError as e:
    print("del out of range:", type(e).__name__, e)
e = [[1, 2], [3, 4]]
del e[1][0]
print("nested del:", e)
f = list(range(10))
del f[1:8:3]
print("del f[1:8:3]:", f)
g = [0, 1, 2, 3]
del g[-2:]
print("del g[-2:]:", g)
