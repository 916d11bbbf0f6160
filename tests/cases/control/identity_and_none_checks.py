a = [1, 2]
b = a
c = [1, 2]
print("a is b:", a is b, "a is c:", a is c, "a == c:", a == c)
print("a is not c:", a is not c)
x = None
print("x is None:", x is None, "x == None:", x == None)
def maybe(n):
    if n > 0:
        return n
r1, r2 = maybe(3), maybe(-3)
print("results:", r1, r2)
for r in (r1, r2):
    if r is None:
        print("got nothing")
    else:
        print("got", r)
print("None is None:", None is None)
print("True is True:", True is True)
print("type(None):", type(None).__name__)
vals = [0, None, False, "", []]
print("is None flags:", [v is None for v in vals])
print("falsy flags:", [not v for v in vals])
print("== 0 flags:", [v == 0 for v in vals])
