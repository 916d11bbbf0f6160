def show(a, b, c=0, *rest, **kw):
    print("  a=%r b=%r c=%r rest=%r kw=%r" % (a, b, c, rest, kw))

args = [1, 2, 3, 4]
print("f(*args):")
show(*args)
print("f(*tuple, *list):")
show(*(1,), *[2])
print("f(*str):")
show(*"xyz")
print("f(0, *range):")
show(0, *range(1, 4))
kw = {"c": 30, "extra": True}
print("f(1, 2, **kw):")
show(1, 2, **kw)
print("f(**{a, b}):")
show(**{"a": "A", "b": "B"})
print("f(*a, **d, z=9):")
show(*[1, 2], **{"q": 1}, z=9)
print("f(**d1, **d2):")
show(1, 2, **{"x": 1}, **{"y": 2})
print("print(*list, sep):")
print(*[1, 2, 3], sep=" | ")
print(*"abc")
print(*[])
print("max(*list):", max(*[3, 9, 2]))
try:
    show(1, 2, **{"a": 5})
except TypeError as e:
    print("dup kw:", type(e).__name__, e)
try:
    show(*[1])
except TypeError as e:
    print("missing:", type(e).__name__, e)
try:
    show(1, 2, **{"x": 1}, **{"x": 2})
except TypeError as e:
    print("repeated kw:", type(e).__name__, e)
